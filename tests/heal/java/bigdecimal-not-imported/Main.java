import java.util.List;

public class Main {
    public static void main(String[] args) {
        BigDecimal total = List.of("0.10", "0.20").stream()
            .map(BigDecimal::new)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.println(total);
    }
}
