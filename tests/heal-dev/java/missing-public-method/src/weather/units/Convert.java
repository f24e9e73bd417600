package weather.units;

public final class Convert {
    private Convert() {}

    static double toCelsius(double fahrenheit) {
        return (fahrenheit - 32.0) * 5.0 / 9.0;
    }

    public static double kmhToMs(double kmh) {
        return kmh / 3.6;
    }
}
