public class Main {
    enum Plan { FREE, PRO, TEAM, ENTERPRISE }

    static int seatLimit(Plan p) {
        return switch (p) {
            case FREE -> 1;
            case PRO -> 5;
            case TEAM -> 50;
            case ENTERPRISE -> 1000;
        };
    }

    public static void main(String[] args) {
        int seats = seatLimit(Plan.ENTERPRISE);
        System.out.println("enterprise seats: " + seats);
        if (seats != 1000) {
            throw new AssertionError("enterprise seat limit should be 1000");
        }
    }
}
