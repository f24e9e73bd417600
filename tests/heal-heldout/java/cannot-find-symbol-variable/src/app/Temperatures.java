package app;

public class Temperatures {
    static double[] celsiusToFahrenheit(double[] celsius) {
        double[] fahrenheit = new double[celsius.length];
        for (int i = 0; i < celsius.length; i++) {
            fahrenheit[i] = celsius[i] * 9 / 5 + 32;
        }
        return farenheit;
    }

    public static void main(String[] args) {
        double[] week = {12.5, 14.0, 9.75, 21.0};
        for (double f : celsiusToFahrenheit(week)) {
            System.out.printf("%.1f%n", f);
        }
    }
}
