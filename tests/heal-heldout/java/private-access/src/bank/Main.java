package bank;

public class Main {
    public static void main(String[] args) {
        Account acct = new Account("noor", 50_00);
        acct.withdraw(12_34);
        System.out.printf("%s: %.2f%n", acct.owner(), acct.balanceCents / 100.0);
    }
}
