import bank.Account;

public class Main {
    static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("FAILED: " + what);
            System.exit(1);
        }
    }

    public static void main(String[] args) {
        Account a = new Account(5000);
        check(a.withdraw(2000), "ordinary withdrawal");
        check(!a.withdraw(4000), "cannot overdraw");
        check(a.withdraw(3000), "may withdraw the whole balance");
        check(a.balance() == 0, "balance is zero");
        System.out.println("all checks passed");
    }
}
