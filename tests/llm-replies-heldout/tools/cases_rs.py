from gen import C, H, B

# R1 clean: trailing semicolon --------------------------------------------
C(language="rust", path="src/main.rs", line_of="fn greeting(",
  before='''
use std::env;

fn greeting(name: &str, excited: bool) -> String {
    let punct = if excited { "!" } else { "." };
    format!("Hello, {}{}", name, punct);
}

fn main() {
    let name = env::args().nth(1).unwrap_or_else(|| "world".to_string());
    let excited = env::args().any(|a| a == "--excited");
    println!("{}", greeting(&name, excited));
}
''',
  fixes=[('    format!("Hello, {}{}", name, punct);', '    format!("Hello, {}{}", name, punct)')],
  reply=H("Return the formatted string", "The trailing semicolon turns the format! expression into a statement, so the function returns ().", 0.97) + "\n"
  + B('    format!("Hello, {}{}", name, punct);', '    format!("Hello, {}{}", name, punct)') + "\n",
  quirks=[], should_apply=True)

# R2 single-quoted header ------------------------------------------------
C(language="rust", path="src/cache.rs", line_of="config.max_entries",
  before='''
use std::collections::VecDeque;

pub struct CacheConfig {
    pub max_entries: usize,
}

pub struct LruCache {
    config: CacheConfig,
    keys: VecDeque<String>,
}

impl LruCache {
    pub fn new(config: CacheConfig) -> Self {
        LruCache { config, keys: VecDeque::new() }
    }

    pub fn touch(&mut self, key: &str) {
        self.keys.retain(|k| k != key);
        self.keys.push_front(key.to_string());
        if self.keys.len() > config.max_entries {
            self.keys.pop_back();
        }
    }
}
''',
  fixes=[("        if self.keys.len() > config.max_entries {", "        if self.keys.len() > self.config.max_entries {")],
  reply=''''{'title': 'Access config through self', 'explanation': 'Inside a method the field must be reached as self.config.', 'confidence': 0.96, 'deletes': false}
<<<<<<< SEARCH
        if self.keys.len() > config.max_entries {
=======
        if self.keys.len() > self.config.max_entries {
>>>>>>> REPLACE
'''[1:],
  quirks=["header-single-quotes"], should_apply=True)

# R3 eight-character markers ---------------------------------------------
C(language="rust", path="src/main.rs", line_of='println!("{} names"',
  before='''
fn shout(name: &str) -> String {
    name.to_uppercase()
}

fn main() {
    let names = vec![
        String::from("ferris"),
        String::from("corro"),
    ];
    for n in names {
        println!("{}", shout(&n));
    }
    println!("{} names", names.len());
}
''',
  fixes=[("    for n in names {", "    for n in &names {")],
  reply=H("Iterate by reference", "`for n in names` moves the Vec; borrow it so names.len() still works.", 0.95) + "\n"
  + B("    for n in names {", "    for n in &names {", 8, 8, 8) + "\n",
  quirks=["markers-8"], should_apply=True)

# R4 paraphrased SEARCH ---------------------------------------------------
C(language="rust", path="src/scores.rs", line_of="total / scores.len()",
  before='''
pub struct Player {
    pub name: String,
    pub scores: Vec<u32>,
}

pub fn average(scores: &[u32]) -> f64 {
    let mut total = 0u32;
    for s in scores {
        total += s;
    }
    total / scores.len()
}

pub fn leaderboard(players: &[Player]) -> Vec<(String, f64)> {
    let mut rows: Vec<_> = players
        .iter()
        .map(|p| (p.name.clone(), average(&p.scores)))
        .collect();
    rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    rows
}
''',
  fixes=[("    total / scores.len()", "    total as f64 / scores.len() as f64")],
  reply=H("Compute the average in f64", "u32 / usize is not defined and the function returns f64; cast both operands.", 0.9) + "\n"
  + B('''    let mut total: u32 = 0;
    for s in scores.iter() {
        total += s;
    }
    total / scores.len()''', '''    let mut total: u32 = 0;
    for s in scores.iter() {
        total += s;
    }
    total as f64 / scores.len() as f64''') + "\n",
  quirks=["paraphrased-search"], should_apply=False, refuse_kind="paraphrased",
  refused="The SEARCH says `let mut total: u32 = 0;` and `for s in scores.iter()`, but the file has `let mut total = 0u32;` and `for s in scores`; the SEARCH does not match the file.")

# R5 prose + fenced rust block -------------------------------------------
C(language="rust", path="src/main.rs", line_of="queue.push(",
  before='''
#[derive(Debug)]
struct Task {
    id: u32,
    title: String,
}

fn main() {
    let queue = Vec::new();
    for (i, title) in ["write docs", "fix ci", "release"].iter().enumerate() {
        queue.push(Task { id: i as u32 + 1, title: title.to_string() });
    }
    for t in &queue {
        println!("#{} {}", t.id, t.title);
    }
}
''',
  fixes=[("    let queue = Vec::new();", "    let mut queue = Vec::new();")],
  reply='''The compiler is right: `queue` is bound immutably, so `push` (which takes `&mut self`) can't be called on it. Declaring the binding `mut` is all that's needed.

{"title": "Make queue mutable", "explanation": "Vec::push needs a mutable binding.", "confidence": 0.99, "deletes": false}

```rust
<<<<<<< SEARCH
    let queue = Vec::new();
=======
    let mut queue = Vec::new();
>>>>>>> REPLACE
```

After this change the program builds and prints the three tasks.
''',
  quirks=["prose-before", "fenced-blocks", "prose-after"], should_apply=True)

# R6 clean: assign twice -------------------------------------------------
C(language="rust", path="src/retry.rs", line_of="attempt += 1",
  before='''
use std::thread;
use std::time::Duration;

pub fn with_retry<T, E>(max: u32, mut op: impl FnMut() -> Result<T, E>) -> Result<T, E> {
    let attempt = 0;
    loop {
        match op() {
            Ok(v) => return Ok(v),
            Err(e) if attempt + 1 >= max => return Err(e),
            Err(_) => {
                attempt += 1;
                thread::sleep(Duration::from_millis(50 * u64::from(attempt)));
            }
        }
    }
}
''',
  fixes=[("    let attempt = 0;", "    let mut attempt = 0;")],
  reply=H("Declare attempt as mutable", "attempt is incremented inside the loop, so it needs `let mut`.", 0.98) + "\n"
  + B("    let attempt = 0;", "    let mut attempt = 0;") + "\n",
  quirks=[], should_apply=True)

# R7 CRLF reply, confidence "85%" ----------------------------------------
C(language="rust", path="src/geometry.rs", line_of="let d = distance(a);",
  before='''
#[derive(Clone, Copy, Debug)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

pub fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

pub fn path_length(points: &[Point]) -> f64 {
    let mut len = 0.0;
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let d = distance(a);
        len += d;
    }
    len
}
''',
  fixes=[("        let d = distance(a);", "        let d = distance(a, b);")],
  crlf_reply=True,
  reply='''{"title": "Pass both points to distance", "explanation": "distance takes two points; the second one, b, was left out.", "confidence": "85%", "deletes": false}
<<<<<<< SEARCH
        let d = distance(a);
=======
        let d = distance(a, b);
>>>>>>> REPLACE
''',
  quirks=["confidence-percent-string", "crlf"], should_apply=True)

# R8 trailing whitespace in SEARCH ---------------------------------------
C(language="rust", path="src/wordfreq.rs", line_of="HashMap<String, usize>",
  before='''
use std::fmt::Write;

pub fn word_freq(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

pub fn render(text: &str) -> String {
    let mut out = String::new();
    let mut rows: Vec<_> = word_freq(text).into_iter().collect();
    rows.sort();
    for (w, n) in rows {
        writeln!(out, "{w}: {n}").unwrap();
    }
    out
}
''',
  fixes=[("use std::fmt::Write;", "use std::collections::HashMap;\nuse std::fmt::Write;")],
  reply=H("Import HashMap", "HashMap is used but never brought into scope.", 0.97) + "\n"
  + B("use std::fmt::Write;   ", "use std::collections::HashMap;\nuse std::fmt::Write;") + "\n",
  quirks=["trailing-whitespace"], should_apply=True)

# R9 delete unused import under -D warnings ------------------------------
C(language="rust", path="src/ids.rs", line_of="use std::collections::HashSet;",
  rsflags="-D warnings",
  before='''
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Returns a process-unique, monotonically increasing id.
pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

pub fn next_ids(n: usize) -> Vec<u64> {
    (0..n).map(|_| next_id()).collect()
}
''',
  fixes=[("use std::collections::HashSet;", None)],
  reply=H("Remove unused HashSet import", "HashSet is never used and the crate is built with -D warnings.", 0.95, True) + "\n"
  + B("use std::collections::HashSet;", None) + "\n",
  quirks=["delete-with-flag"], should_apply=True)
