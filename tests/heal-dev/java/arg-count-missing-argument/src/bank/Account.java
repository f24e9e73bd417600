package bank;

public class Account {
    private final String owner;
    private final long overdraftLimit;
    private long balance;

    public Account(String owner, long overdraftLimit) {
        this.owner = owner;
        this.overdraftLimit = overdraftLimit;
    }

    public boolean withdraw(long cents) {
        if (balance - cents < -overdraftLimit) return false;
        balance -= cents;
        return true;
    }

    public void deposit(long cents) {
        balance += cents;
    }

    public String toString() {
        return owner + ": " + balance;
    }
}
