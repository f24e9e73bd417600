package demo;

import java.util.List;

/** Collects the squares of the first numbers. */
public class Main {
    public static void main(String[] args) {
        List<Integer> squares = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            squares.add(i * i);
        }
        System.out.println(squares);
    }
}
