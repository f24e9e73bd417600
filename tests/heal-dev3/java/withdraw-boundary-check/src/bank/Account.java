package bank;

public class Account {
    private long balanceCents;

    public Account(long openingCents) {
        this.balanceCents = openingCents;
    }

    public boolean withdraw(long cents) {
        if (cents <= 0 || cents >= balanceCents) {
            return false;
        }
        balanceCents -= cents;
        return true;
    }

    public long balance() {
        return balanceCents;
    }
}
