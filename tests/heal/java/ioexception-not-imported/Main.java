import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
    static String read(String name) throws IOException {
        return Files.readString(Path.of(name));
    }

    public static void main(String[] args) throws Exception {
        System.out.println(read("Main.java").isEmpty() ? "empty" : "has text");
    }
}
