import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class Tail {
    static List<String> lastLines(Path file, int n) {
        List<String> all = Files.readAllLines(file);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempFile("heal-dev-tail", ".log");
        try {
            Files.write(tmp, List.of("boot", "mount /", "start sshd", "start nginx", "ready"));
            List<String> tail = lastLines(tmp, 2);
            System.out.println(tail);
            if (!tail.equals(List.of("start nginx", "ready"))) throw new AssertionError();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
