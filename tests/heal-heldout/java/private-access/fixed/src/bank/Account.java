package bank;

public class Account {
    private final String owner;
    private long balanceCents;

    public Account(String owner, long openingCents) {
        this.owner = owner;
        this.balanceCents = openingCents;
    }

    public String owner() {
        return owner;
    }

    public long balanceCents() {
        return balanceCents;
    }

    public void withdraw(long cents) {
        if (cents > balanceCents) {
            throw new IllegalStateException("insufficient funds");
        }
        balanceCents -= cents;
    }
}
