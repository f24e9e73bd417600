import java.io.IOException;
import java.nio.file.Path;

public class Main {
    public static void main(String[] args) throws IOException {
        Path file = Path.of("Main.java");
        long lines = Files.lines(file).count();
        System.out.println(lines > 0 ? "read it" : "empty");
    }
}
