package bank;

public class Main {
    public static void main(String[] args) {
        Account a = new Account("ines", 50_00);
        Account b = new Account("tom");
        a.deposit(20_00);
        System.out.println(a.withdraw(60_00) + " " + a);
        b.deposit(10_00);
        System.out.println(b.withdraw(5_00) + " " + b);
    }
}
