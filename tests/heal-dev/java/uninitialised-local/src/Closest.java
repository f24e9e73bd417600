public class Closest {
    static int closest(int[] xs, int target) {
        int best;
        int bestDist = Integer.MAX_VALUE;
        for (int x : xs) {
            int d = Math.abs(x - target);
            if (d < bestDist) {
                bestDist = d;
                best = x;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        int[] sizes = {8, 16, 32, 64, 128};
        System.out.println(closest(sizes, 50));
        if (closest(sizes, 50) != 64) throw new AssertionError();
    }
}
