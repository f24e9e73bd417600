package billing;

import java.util.ArrayList;
import java.util.List;

public class Invoice {
    private final List<Long> lines = new ArrayList<>();

    public void addLine(long cents) {
        lines.add(cents);
    }

    public long net() {
        return lines.stream().mapToLong(Long::longValue).sum();
    }
}
