package app;

import java.util.ArrayList;
import java.util.List;

public class Grades {
    static List<String> passing(String[] names, int[] scores, int threshold) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (scores[i] >= threshold) {
                out.add(names[i]);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        String[] names = {"ada", "bo", "cyd"};
        int[] scores = {91, 48, 67};
        System.out.println(passing(names, scores, 50));
    }
}
