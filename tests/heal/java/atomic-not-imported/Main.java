public class Main {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger hits = new AtomicInteger();
        Thread worker = new Thread(() -> hits.incrementAndGet());
        worker.start();
        worker.join();
        System.out.println(hits.get());
    }
}
