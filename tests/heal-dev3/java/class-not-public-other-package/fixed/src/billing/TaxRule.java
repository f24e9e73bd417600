package billing;

public class TaxRule {
    private final String region;
    private final int basisPoints;

    public TaxRule(String region, int basisPoints) {
        this.region = region;
        this.basisPoints = basisPoints;
    }

    public String region() {
        return region;
    }

    public long taxOn(long cents) {
        return Math.round(cents * basisPoints / 10000.0);
    }
}
