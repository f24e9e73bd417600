from gen import C, H, B

P = "src/main/java/com/acme/"

# V1 clean: cannot find symbol (method typo) ------------------------------
C(language="java", path=P + "people/Directory.java", line_of="getNmae()",
  before='''
package com.acme.people;

import java.util.ArrayList;
import java.util.List;

public class Directory {
    public static final class Person {
        private final String name;
        private final String team;

        public Person(String name, String team) {
            this.name = name;
            this.team = team;
        }

        public String getName() { return name; }
        public String getTeam() { return team; }
    }

    private final List<Person> people = new ArrayList<>();

    public void add(Person p) {
        people.add(p);
    }

    public List<String> namesInTeam(String team) {
        List<String> out = new ArrayList<>();
        for (Person p : people) {
            if (p.getTeam().equals(team)) {
                out.add(p.getNmae());
            }
        }
        return out;
    }
}
''',
  fixes=[("                out.add(p.getNmae());", "                out.add(p.getName());")],
  reply=H("Fix getName typo", "Person defines getName(), not getNmae().", 0.99) + "\n"
  + B("                out.add(p.getNmae());", "                out.add(p.getName());") + "\n",
  quirks=[], should_apply=True)

# V2 header missing closing brace: ';' expected --------------------------
C(language="java", path=P + "billing/Tax.java", line_of="BigDecimal rate = RATES",
  before='''
package com.acme.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

public final class Tax {
    private static final Map<String, BigDecimal> RATES = Map.of(
        "DE", new BigDecimal("0.19"),
        "FR", new BigDecimal("0.20"),
        "GB", new BigDecimal("0.20")
    );

    private Tax() {}

    public static BigDecimal taxFor(String country, BigDecimal net) {
        BigDecimal rate = RATES.getOrDefault(country, BigDecimal.ZERO)
        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }
}
''',
  fixes=[("        BigDecimal rate = RATES.getOrDefault(country, BigDecimal.ZERO)",
          "        BigDecimal rate = RATES.getOrDefault(country, BigDecimal.ZERO);")],
  reply='''{"title": "Add missing semicolon", "explanation": "The local variable declaration is not terminated.", "confidence": 0.99, "deletes": false
<<<<<<< SEARCH
        BigDecimal rate = RATES.getOrDefault(country, BigDecimal.ZERO)
=======
        BigDecimal rate = RATES.getOrDefault(country, BigDecimal.ZERO);
>>>>>>> REPLACE
''',
  quirks=["header-missing-brace"], should_apply=True)

# V3 trailing whitespace in SEARCH ---------------------------------------
C(language="java", path=P + "cli/Args.java", line_of="int port = args",
  before='''
package com.acme.cli;

public class Args {
    public final String host;
    public final int port;

    private Args(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static Args parse(String[] args) {
        String host = "localhost";
        int port = 8080;
        if (args.length > 0) {
            host = args[0];
        }
        if (args.length > 1) {
            int port = args[1];
        }
        return new Args(host, port);
    }
}
''',
  fixes=[("            int port = args[1];", "            port = Integer.parseInt(args[1]);")],
  reply=H("Parse the port argument", "args[1] is a String; parse it and assign to the existing port variable instead of redeclaring it.", 0.9) + "\n"
  + B("            int port = args[1];  ", "            port = Integer.parseInt(args[1]);") + "\n",
  quirks=["trailing-whitespace"], should_apply=True)

# V4 confidence "90%" -----------------------------------------------------
C(language="java", path=P + "util/Ranges.java", line_of=("public static int clamp(", 9),
  before='''
package com.acme.util;

public final class Ranges {
    private Ranges() {}

    public static int clamp(int value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min > max");
        }
        if (value < min) {
            return min;
        } else if (value > max) {
            return max;
        }
    }

    public static boolean within(int value, int min, int max) {
        return clamp(value, min, max) == value;
    }
}
''',
  fixes=[('''        } else if (value > max) {
            return max;
        }
    }''', '''        } else if (value > max) {
            return max;
        }
        return value;
    }''')],
  reply='''{"title": "Return value when already in range", "explanation": "No return on the path where min <= value <= max.", "confidence": "90%", "deletes": false}
<<<<<<< SEARCH
        } else if (value > max) {
            return max;
        }
    }
=======
        } else if (value > max) {
            return max;
        }
        return value;
    }
>>>>>>> REPLACE
''',
  quirks=["confidence-percent-string"], should_apply=True)

# V5 ambiguous: one short SEARCH for two identical lines -----------------
C(language="java", path=P + "text/Joiner.java", line_of=("public static String join(List<String> parts)", 6),
  before='''
package com.acme.text;

import java.util.List;

public final class Joiner {
    private Joiner() {}

    public static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p);
        }
        return sb;
    }

    public static String join(String[] parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p);
        }
        return sb;
    }
}
''',
  fixes=[("            sb.append(p);\n        }\n        return sb;\n    }\n\n    public static String join(String[] parts) {",
          "            sb.append(p);\n        }\n        return sb.toString();\n    }\n\n    public static String join(String[] parts) {")],
  reply=H("Convert StringBuilder to String", "Both join overloads return the StringBuilder itself; call toString().", 0.9) + "\n"
  + B("        return sb;", "        return sb.toString();") + "\n",
  quirks=["ambiguous-search"], should_apply=False, refuse_kind="ambiguous",
  refused="SEARCH `        return sb;` matches two places (both join overloads); a block must match exactly one place, so the edit is ambiguous.")

# V6 truncated between SEARCH and ======= ---------------------------------
C(language="java", path=P + "inventory/Stock.java", line_of="private final List<String> skus",
  before='''
package com.acme.inventory;

import java.util.List;

public class Stock {
    private final List<String> skus = new ArrayList<>();

    public void receive(String sku) {
        skus.add(sku);
    }

    public boolean has(String sku) {
        return skus.contains(sku);
    }

    public int size() {
        return skus.size();
    }
}
''',
  fixes=[("import java.util.List;", "import java.util.ArrayList;\nimport java.util.List;")],
  reply='''{"title": "Import ArrayList", "explanation": "ArrayList is used without an import.", "confidence": 0.98, "deletes": false}
<<<<<<< SEARCH
import java.util.List;
''',
  quirks=["truncated"], should_apply=False, refuse_kind="truncated",
  refused="The reply stops right after the SEARCH section (no `=======` and no REPLACE); an incomplete block must not be applied.")

# V7 clean: lossy conversion ---------------------------------------------
C(language="java", path=P + "pricing/Discount.java", line_of="int discounted = price * (1 - rate);",
  before='''
package com.acme.pricing;

public class Discount {
    private final double rate;

    public Discount(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be in [0, 1]");
        }
        this.rate = rate;
    }

    /** Applies the discount to a price in cents, rounding to the nearest cent. */
    public int apply(int price) {
        int discounted = price * (1 - rate);
        return discounted;
    }
}
''',
  fixes=[("        int discounted = price * (1 - rate);", "        int discounted = (int) Math.round(price * (1 - rate));")],
  reply=H("Round discounted price to int", "price * (1 - rate) is a double; round it explicitly as the Javadoc says.", 0.94) + "\n"
  + B("        int discounted = price * (1 - rate);", "        int discounted = (int) Math.round(price * (1 - rate));") + "\n",
  quirks=[], should_apply=True)

# V8 fenced header, prose, fenced java block: unreported exception --------
C(language="java", path=P + "io/ConfigLoader.java", line_of="Files.readAllLines(path",
  before='''
package com.acme.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ConfigLoader {
    public Map<String, String> load(Path path) {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return out;
    }

    public String require(Path path, String key) throws IOException {
        String v = load(path).get(key);
        if (v == null) {
            throw new IOException("missing key " + key);
        }
        return v;
    }
}
''',
  fixes=[("    public Map<String, String> load(Path path) {", "    public Map<String, String> load(Path path) throws IOException {")],
  reply='''I'll propagate the exception rather than swallow it, since `require` already declares `throws IOException` and is the only caller.

```json
{
  "title": "Declare IOException on load",
  "explanation": "Files.readAllLines throws a checked IOException that load neither catches nor declares.",
  "confidence": 0.9,
  "deletes": false
}
```

```java
<<<<<<< SEARCH
    public Map<String, String> load(Path path) {
=======
    public Map<String, String> load(Path path) throws IOException {
>>>>>>> REPLACE
```
''',
  quirks=["prose-before", "fenced-header", "multiline-header", "fenced-blocks"], should_apply=True)
