package com.acme.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

public final class Tax {
    private static final Map<String, BigDecimal> RATES = Map.of(
        "DE", new BigDecimal("0.19"),
        "FR", new BigDecimal("0.20"),
        "GB", new BigDecimal("0.20")
    );

    private Tax() {}

    public static BigDecimal taxFor(String country, BigDecimal net) {
        BigDecimal rate = RATES.getOrDefault(country, BigDecimal.ZERO);
        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }
}
