package app;

import java.util.ArrayList;
import java.util.List;

public class Queue {
    private final List<String> items = new ArrayList<>();

    void enqueue(String item) {
        items.add(item);
    }

    String dequeue() {
        return items.isEmpty() ? null : items.remove(0);
    }

    public static void main(String[] args) {
        Queue q = new Queue();
        q.enqueue("first");
        q.enqueue("second");
        System.out.println(q.dequeue() + " then " + q.dequeue() + " then " + q.dequeue());
    }
}
