package weather;

import weather.units.Convert;

public class App {
    public static void main(String[] args) {
        double c = Convert.toCelsius(98.6);
        double ms = Convert.kmhToMs(36);
        System.out.printf("%.1f C, %.1f m/s%n", c, ms);
        if (Math.abs(c - 37.0) > 1e-9 || ms != 10.0) throw new AssertionError();
    }
}
