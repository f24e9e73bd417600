package app;

public class Shipping {
    static int costCents(String zone, int weightGrams) {
        int base;
        switch (zone) {
            case "domestic":
                base = 490;
                break;
            case "eu":
                base = 990;
                break;
            default:
                throw new IllegalArgumentException("unknown zone " + zone);
        }
        int perKg = zone.equals("eu") ? 250 : 100;
        int extraKg = Math.max(0, (weightGrams - 1) / 1000);
        return base + extraKg * perKg;
    }

    public static void main(String[] args) {
        System.out.println(costCents("domestic", 800));
        System.out.println(costCents("eu", 2500));
    }
}
