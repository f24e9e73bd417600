import java.lang.reflect.*;
import java.nio.file.*;
import java.util.*;

public class ListMembers {
    public static void main(String[] args) throws Exception {
        Set<String> packages = Set.of("java.lang", "java.util", "java.util.stream", "java.util.function",
            "java.util.concurrent", "java.util.concurrent.atomic", "java.time", "java.nio.file", "java.io",
            "java.math", "java.util.regex", "java.net.http", "java.nio.charset");
        System.out.println("# Java " + System.getProperty("java.version") + " public methods and fields (inherited included) of the public classes of "
            + new TreeSet<>(packages) + ": one class per line, `Class: member member …`; `java patterns/data/tools/ListMembers.java patterns/data/java-classes.txt > patterns/data/java-members.txt`");
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("#")) continue;
            String pkg = line.substring(0, line.lastIndexOf('.'));
            if (!packages.contains(pkg)) continue;
            Class<?> c = Class.forName(line, false, ClassLoader.getSystemClassLoader());
            TreeSet<String> names = new TreeSet<>();
            for (Method m : c.getMethods()) if (!m.isSynthetic()) names.add(m.getName());
            for (Field f : c.getFields()) names.add(f.getName());
            names.removeAll(Set.of("wait", "notify", "notifyAll", "getClass"));
            if (!names.isEmpty()) System.out.println(c.getSimpleName() + ": " + String.join(" ", names));
        }
    }
}
