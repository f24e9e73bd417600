//! Names a language knows without any import, and the modules its standard library has: kept as
//! data in `patterns/data/` (each file's header says the version and the command it came from).

/// One name a line; `#` starts a comment.
fn listed(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

const PYTHON_BUILTINS: &str = include_str!("../../patterns/data/python-builtins.txt");
const PYTHON_STDLIB: &str = include_str!("../../patterns/data/python-stdlib.txt");
const JAVASCRIPT_GLOBALS: &str = include_str!("../../patterns/data/javascript-globals.txt");
const JAVASCRIPT_MEMBERS: &str = include_str!("../../patterns/data/javascript-members.txt");
const NODE_MODULES: &str = include_str!("../../patterns/data/node-modules.txt");
const GO_PACKAGES: &str = include_str!("../../patterns/data/go-packages.txt");
const RUST_STD_MODULES: &str = include_str!("../../patterns/data/rust-std-modules.txt");
const JAVA_CLASSES: &str = include_str!("../../patterns/data/java-classes.txt");
const JAVA_MEMBERS: &str = include_str!("../../patterns/data/java-members.txt");

/// C's standard headers (C17) and the POSIX headers programs most often include.
const C_HEADERS: &[&str] = &[
    "assert.h",
    "complex.h",
    "ctype.h",
    "errno.h",
    "fenv.h",
    "float.h",
    "inttypes.h",
    "iso646.h",
    "limits.h",
    "locale.h",
    "math.h",
    "setjmp.h",
    "signal.h",
    "stdalign.h",
    "stdarg.h",
    "stdatomic.h",
    "stdbool.h",
    "stddef.h",
    "stdint.h",
    "stdio.h",
    "stdlib.h",
    "stdnoreturn.h",
    "string.h",
    "tgmath.h",
    "threads.h",
    "time.h",
    "uchar.h",
    "wchar.h",
    "wctype.h",
    "unistd.h",
    "fcntl.h",
    "pthread.h",
    "dirent.h",
    "strings.h",
    "sys/types.h",
    "sys/stat.h",
    "sys/time.h",
    "sys/wait.h",
    "sys/socket.h",
    "netinet/in.h",
    "arpa/inet.h",
    "iostream",
    "vector",
    "string",
    "map",
    "unordered_map",
    "set",
    "unordered_set",
    "algorithm",
    "memory",
    "functional",
    "fstream",
    "sstream",
    "iomanip",
    "cmath",
    "cstdio",
    "cstdlib",
    "cstring",
    "cassert",
    "numeric",
    "utility",
    "optional",
    "variant",
    "array",
    "deque",
    "queue",
    "stack",
    "list",
    "thread",
    "mutex",
    "chrono",
    "random",
    "stdexcept",
    "tuple",
];

/// Keywords, never a name to offer.
const KEYWORDS: &[&str] = &[
    "as",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "def",
    "default",
    "defer",
    "del",
    "do",
    "elif",
    "else",
    "enum",
    "except",
    "export",
    "extends",
    "extern",
    "false",
    "False",
    "final",
    "finally",
    "fn",
    "for",
    "from",
    "func",
    "function",
    "go",
    "if",
    "impl",
    "import",
    "in",
    "interface",
    "is",
    "lambda",
    "let",
    "loop",
    "match",
    "mod",
    "mut",
    "new",
    "nil",
    "None",
    "nonlocal",
    "not",
    "null",
    "or",
    "package",
    "pass",
    "pub",
    "raise",
    "range",
    "return",
    "select",
    "self",
    "Self",
    "static",
    "struct",
    "super",
    "switch",
    "this",
    "throw",
    "trait",
    "true",
    "True",
    "try",
    "type",
    "typeof",
    "undefined",
    "use",
    "var",
    "void",
    "where",
    "while",
    "with",
    "yield",
    "and",
    "assert",
    "global",
    "include",
    "define",
    "unsafe",
    "dyn",
    "ref",
    "move",
    "crate",
    "chan",
    "map",
    "goto",
    "sizeof",
    "typedef",
    "union",
    "unsigned",
    "signed",
    "int",
    "char",
    "float",
    "double",
    "long",
    "short",
    "bool",
    "auto",
    "public",
    "private",
    "protected",
    "throws",
    "instanceof",
];

pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

pub fn python_builtins() -> impl Iterator<Item = &'static str> {
    listed(PYTHON_BUILTINS)
}

pub fn python_modules() -> impl Iterator<Item = &'static str> {
    listed(PYTHON_STDLIB)
}

pub fn javascript_globals() -> impl Iterator<Item = &'static str> {
    listed(JAVASCRIPT_GLOBALS)
}

/// The methods and properties of JavaScript's builtin objects and prototypes (`toLowerCase`,
/// `forEach`, `parse`).
pub fn javascript_members() -> impl Iterator<Item = &'static str> {
    listed(JAVASCRIPT_MEMBERS)
}

pub fn node_modules() -> impl Iterator<Item = &'static str> {
    listed(NODE_MODULES)
}

/// Go's standard packages by import path (`math/rand`).
pub fn go_packages() -> impl Iterator<Item = &'static str> {
    listed(GO_PACKAGES)
}

/// The Rust standard library's top-level modules (`collections`, `sync`).
pub fn rust_std_modules() -> impl Iterator<Item = &'static str> {
    listed(RUST_STD_MODULES)
}

/// The JDK's public classes by qualified name (`java.util.concurrent.atomic.AtomicInteger`).
pub fn java_classes() -> impl Iterator<Item = &'static str> {
    listed(JAVA_CLASSES)
}

/// The public methods and fields of the JDK class `simple_name` (`Deque`: `isEmpty`, `push` …),
/// inherited ones included; none for a class the list does not hold.
pub fn java_members_of(simple_name: &str) -> impl Iterator<Item = &'static str> {
    listed(JAVA_MEMBERS)
        .find_map(|line| {
            let (class, members) = line.split_once(": ")?;
            (class == simple_name).then_some(members)
        })
        .unwrap_or_default()
        .split_whitespace()
}

pub fn c_headers() -> impl Iterator<Item = &'static str> {
    C_HEADERS.iter().copied()
}

/// Names of the C++ standard library that code often writes without `std::` (types, streams,
/// algorithms and helpers; from libstdc++ 12's headers).
const CPP_STD_NAMES: &[&str] = &[
    "string",
    "string_view",
    "vector",
    "map",
    "unordered_map",
    "set",
    "unordered_set",
    "multimap",
    "multiset",
    "list",
    "forward_list",
    "deque",
    "queue",
    "priority_queue",
    "stack",
    "array",
    "pair",
    "tuple",
    "optional",
    "variant",
    "any",
    "function",
    "unique_ptr",
    "shared_ptr",
    "weak_ptr",
    "make_unique",
    "make_shared",
    "make_pair",
    "make_tuple",
    "move",
    "forward",
    "swap",
    "cout",
    "cin",
    "cerr",
    "clog",
    "endl",
    "flush",
    "ostream",
    "istream",
    "iostream",
    "stringstream",
    "ostringstream",
    "istringstream",
    "ifstream",
    "ofstream",
    "fstream",
    "getline",
    "to_string",
    "stoi",
    "stol",
    "stod",
    "sort",
    "stable_sort",
    "find",
    "find_if",
    "count",
    "count_if",
    "accumulate",
    "transform",
    "reverse",
    "min_element",
    "max_element",
    "runtime_error",
    "logic_error",
    "invalid_argument",
    "out_of_range",
    "exception",
    "thread",
    "mutex",
    "lock_guard",
    "unique_lock",
    "atomic",
    "chrono",
    "size_t",
    "setw",
    "setprecision",
    "fixed",
    "numeric_limits",
    "begin",
    "end",
    "distance",
    "advance",
    "back_inserter",
];

/// The C++ standard library's names written often without `std::`.
pub fn cpp_std_names() -> impl Iterator<Item = &'static str> {
    CPP_STD_NAMES.iter().copied()
}

/// C++'s standard headers (libstdc++ 12, `ls /usr/include/c++/12`, without the directories).
const CPP_HEADERS: &[&str] = &[
    "algorithm",
    "any",
    "array",
    "atomic",
    "barrier",
    "bit",
    "cassert",
    "ccomplex",
    "cctype",
    "cerrno",
    "cfenv",
    "cfloat",
    "charconv",
    "chrono",
    "cinttypes",
    "ciso646",
    "climits",
    "clocale",
    "cmath",
    "codecvt",
    "compare",
    "complex",
    "concepts",
    "condition_variable",
    "coroutine",
    "csetjmp",
    "csignal",
    "cstdalign",
    "cstdarg",
    "cstdbool",
    "cstddef",
    "cstdint",
    "cstdio",
    "cstdlib",
    "cstring",
    "ctgmath",
    "ctime",
    "cuchar",
    "cwchar",
    "cwctype",
    "deque",
    "exception",
    "execution",
    "expected",
    "filesystem",
    "forward_list",
    "fstream",
    "functional",
    "future",
    "initializer_list",
    "iomanip",
    "ios",
    "iosfwd",
    "iostream",
    "istream",
    "iterator",
    "latch",
    "limits",
    "list",
    "locale",
    "map",
    "memory",
    "memory_resource",
    "mutex",
    "new",
    "numbers",
    "numeric",
    "optional",
    "ostream",
    "queue",
    "random",
    "ranges",
    "ratio",
    "regex",
    "scoped_allocator",
    "semaphore",
    "set",
    "shared_mutex",
    "source_location",
    "span",
    "spanstream",
    "sstream",
    "stack",
    "stacktrace",
    "stdexcept",
    "stop_token",
    "streambuf",
    "string",
    "string_view",
    "syncstream",
    "system_error",
    "thread",
    "tuple",
    "type_traits",
    "typeindex",
    "typeinfo",
    "unordered_map",
    "unordered_set",
    "utility",
    "valarray",
    "variant",
    "vector",
    "version",
];

pub fn cpp_headers() -> impl Iterator<Item = &'static str> {
    CPP_HEADERS.iter().copied()
}
