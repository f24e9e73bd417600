import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LogTool {
    enum Level { DEBUG, INFO, WARN, ERROR }

    record Entry(String time, Level level, String component, String message) {
        @Override
        public String toString() {
            return time + " [" + level + "] " + component + ": " + message;
        }
    }

    private static final Pattern LINE =
            Pattern.compile("^(\\d{2}:\\d{2}:\\d{2}) (DEBUG|INFO|WARN|ERROR) (\\w+): (.*)$");

    static Entry parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return new Entry(m.group(1), Level.valueOf(m.group(2)), m.group(3), m.group(4));
    }

    static List<Entry> parseAll(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (String l : lines) {
            Entry e = parse(l);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    static Map<Level, Integer> countByLevel(List<Entry> entries) {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level lv : Level.values()) {
            counts.put(lv, 0);
        }
        for (Entry e : entries) {
            counts.merge(e.level(), 1, Integer::sum);
        }
        return counts;
    }

    static List<Entry> atLeast(List<Entry> entries, Level min) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.level().compareTo(min) >= 0) {
                out.add(e);
            }
        }
        return out;
    }

    static List<String> lastLines(Path file, int n) {
        List<String> all = Files.readAllLines(file);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    static void writeSample(Path file) throws IOException {
        Files.write(file, List.of(
                "09:00:01 INFO boot: kernel 6.1 starting",
                "09:00:02 DEBUG mount: probing /dev/sda1",
                "09:00:03 INFO mount: / mounted read-write",
                "garbage line without a level",
                "09:00:05 WARN sshd: host key is older than a year",
                "09:00:07 INFO nginx: listening on :443",
                "09:00:09 ERROR backup: target unreachable",
                "09:00:10 INFO system: ready"));
    }

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempFile("heal-dev-logtool", ".log");
        try {
            writeSample(tmp);
            List<Entry> entries = parseAll(Files.readAllLines(tmp));
            Map<Level, Integer> counts = countByLevel(entries);
            System.out.println(counts);
            for (Entry e : atLeast(entries, Level.WARN)) {
                System.out.println(e);
            }
            List<String> tail = lastLines(tmp, 2);
            System.out.println(tail);
            if (counts.get(Level.INFO) != 4 || entries.size() != 7) {
                throw new AssertionError("bad counts " + counts);
            }
            if (!tail.get(1).endsWith("ready")) {
                throw new AssertionError("bad tail " + tail);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
