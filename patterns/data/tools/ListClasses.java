import java.lang.module.*;
import java.net.URI;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class ListClasses {
    public static void main(String[] args) throws Exception {
        String[] modules = {"java.base", "java.sql", "java.net.http", "java.logging", "java.time"};
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        TreeSet<String> out = new TreeSet<>();
        for (String m : modules) {
            Optional<ModuleReference> ref = ModuleFinder.ofSystem().find(m);
            if (ref.isEmpty()) continue;
            Set<String> exported = ref.get().descriptor().exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .filter(p -> p.startsWith("java.")).collect(Collectors.toSet());
            Path root = jrt.getPath("/modules", m);
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    String s = root.relativize(p).toString();
                    if (!s.endsWith(".class") || s.contains("$") || s.endsWith("module-info.class") || s.endsWith("package-info.class")) continue;
                    String name = s.substring(0, s.length() - 6).replace('/', '.');
                    String pkg = name.substring(0, name.lastIndexOf('.'));
                    if (!exported.contains(pkg)) continue;
                    Class<?> c = Class.forName(name, false, ClassLoader.getSystemClassLoader());
                    if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) continue;
                    out.add(name);
                }
            }
        }
        System.out.println("# Java " + System.getProperty("java.version") + " public classes of the exported java.* packages of java.base, java.sql, java.net.http and java.logging: `java patterns/data/tools/ListClasses.java > patterns/data/java-classes.txt`");
        out.forEach(System.out::println);
    }
}
