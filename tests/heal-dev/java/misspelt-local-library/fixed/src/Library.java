import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class Library {
    static final int LOAN_DAYS = 21;
    static final int FINE_CENTS_PER_DAY = 25;

    record Book(String isbn, String title, String author) {}

    static final class Loan {
        final Book book;
        final String member;
        final LocalDate borrowed;
        LocalDate returned;

        Loan(Book book, String member, LocalDate borrowed) {
            this.book = book;
            this.member = member;
            this.borrowed = borrowed;
        }

        LocalDate due() {
            return borrowed.plusDays(LOAN_DAYS);
        }

        long daysLate(LocalDate today) {
            LocalDate end = returned != null ? returned : today;
            return Math.max(0, ChronoUnit.DAYS.between(due(), end));
        }
    }

    private final Map<String, Book> catalogue = new HashMap<>();
    private final List<Loan> loans = new ArrayList<>();

    void add(Book b) {
        catalogue.put(b.isbn(), b);
    }

    Optional<Loan> activeLoan(String isbn) {
        return loans.stream()
                .filter(l -> l.book.isbn().equals(isbn) && l.returned == null)
                .findFirst();
    }

    Loan borrow(String isbn, String member, LocalDate day) {
        Book b = catalogue.get(isbn);
        if (b == null) {
            throw new IllegalArgumentException("unknown isbn " + isbn);
        }
        if (activeLoan(isbn).isPresent()) {
            throw new IllegalStateException(b.title() + " is already on loan");
        }
        Loan loan = new Loan(b, member, day);
        loans.add(loan);
        return loan;
    }

    void giveBack(String isbn, LocalDate day) {
        Loan loan = activeLoan(isbn).orElseThrow(() -> new IllegalStateException("not on loan: " + isbn));
        loan.returned = day;
    }

    Map<String, Long> finesByMember(LocalDate today) {
        Map<String, Long> fines = new HashMap<>();
        for (Loan l : loans) {
            long late = l.daysLate(today);
            if (late > 0) {
                fines.merge(l.member, late * FINE_CENTS_PER_DAY, Long::sum);
            }
        }
        return fines;
    }

    List<String> overdueTitles(LocalDate today) {
        List<String> overdue = new ArrayList<>();
        for (Loan l : loans) {
            if (l.returned == null && l.due().isBefore(today)) {
                overdue.add(l.book.title());
            }
        }
        return overdue;
    }

    public static void main(String[] args) {
        Library lib = new Library();
        lib.add(new Book("978-0", "Dune", "Frank Herbert"));
        lib.add(new Book("978-1", "Emma", "Jane Austen"));
        lib.add(new Book("978-2", "Ulysses", "James Joyce"));

        LocalDate start = LocalDate.of(2026, 3, 1);
        lib.borrow("978-0", "kim", start);
        lib.borrow("978-1", "lee", start.plusDays(2));
        lib.borrow("978-2", "kim", start.plusDays(10));
        lib.giveBack("978-1", start.plusDays(30));

        LocalDate today = start.plusDays(28);
        System.out.println("overdue: " + lib.overdueTitles(today));
        Map<String, Long> fines = lib.finesByMember(start.plusDays(31));
        System.out.println("fines: " + fines);
        if (!lib.overdueTitles(today).equals(List.of("Dune"))) {
            throw new AssertionError("wrong overdue list");
        }
        if (fines.get("kim") != 250L || fines.get("lee") != 175L) {
            throw new AssertionError("wrong fines " + fines);
        }
    }
}
