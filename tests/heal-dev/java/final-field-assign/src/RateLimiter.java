public class RateLimiter {
    private final int limit;
    private final long windowMillis;
    private long windowStart;
    private final int used;

    RateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.used = 0;
    }

    boolean tryAcquire(long nowMillis) {
        if (nowMillis - windowStart >= windowMillis) {
            windowStart = nowMillis;
            used = 0;
        }
        if (used < limit) {
            used++;
            return true;
        }
        return false;
    }

    public static void main(String[] args) {
        RateLimiter rl = new RateLimiter(3, 1000);
        int allowed = 0;
        for (long t = 0; t < 2500; t += 200) {
            if (rl.tryAcquire(t)) allowed++;
        }
        System.out.println("allowed " + allowed);
        if (allowed != 9) throw new AssertionError();
    }
}
