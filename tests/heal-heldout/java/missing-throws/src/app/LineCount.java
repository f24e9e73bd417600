package app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class LineCount {
    static long nonBlankLines(Path file) {
        List<String> lines = Files.readAllLines(file);
        return lines.stream().filter(l -> !l.isBlank()).count();
    }

    public static void main(String[] args) throws IOException {
        Path notes = Path.of("data", "notes.txt");
        System.out.println(notes + ": " + nonBlankLines(notes) + " non-blank lines");
    }
}
