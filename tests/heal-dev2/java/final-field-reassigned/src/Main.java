public class Main {
    static class RateLimiter {
        private final int limit;
        private final int used;

        RateLimiter(int limit) {
            this.limit = limit;
            this.used = 0;
        }

        boolean tryAcquire() {
            if (used >= limit) {
                return false;
            }
            used++;
            return true;
        }
    }

    public static void main(String[] args) {
        RateLimiter rl = new RateLimiter(2);
        for (int i = 0; i < 4; i++) {
            System.out.println("request " + i + ": " + (rl.tryAcquire() ? "allowed" : "throttled"));
        }
    }
}
