from gen import C, H, B

# G1 clean ---------------------------------------------------------------
C(language="go", path="internal/filter/filter.go", line_of="strings.Contain(",
  tabs=True,
  before='''
package filter

import "strings"

// Match reports whether any of the needles occurs in the haystack,
// ignoring case.
func Match(haystack string, needles []string) bool {
    h := strings.ToLower(haystack)
    for _, n := range needles {
        if strings.Contain(h, strings.ToLower(n)) {
            return true
        }
    }
    return false
}
''',
  fixes=[("        if strings.Contain(h, strings.ToLower(n)) {", "        if strings.Contains(h, strings.ToLower(n)) {")],
  reply=H("Use strings.Contains", "The strings package has Contains, not Contain.", 0.99) + "\n"
  + B("        if strings.Contain(h, strings.ToLower(n)) {", "        if strings.Contains(h, strings.ToLower(n)) {") + "\n",
  quirks=[], should_apply=True)

# G2 unquoted keys in header: missing return ------------------------------
C(language="go", path="internal/grade/grade.go", line_of=("func Letter(", 14),
  tabs=True,
  before='''
package grade

import "fmt"

// Letter converts a percentage score into a letter grade.
func Letter(score int) (string, error) {
    if score < 0 || score > 100 {
        return "", fmt.Errorf("score %d out of range", score)
    }
    switch {
    case score >= 90:
        return "A", nil
    case score >= 80:
        return "B", nil
    case score >= 70:
        return "C", nil
    case score >= 60:
        return "D", nil
    }
}
''',
  fixes=[('''    case score >= 60:
        return "D", nil
    }
}''', '''    case score >= 60:
        return "D", nil
    }
    return "F", nil
}''')],
  reply='''{title: "Return F for scores below 60", explanation: "The switch has no default, so the function can fall off the end without returning.", confidence: 0.92, deletes: false}
<<<<<<< SEARCH
    case score >= 60:
        return "D", nil
    }
}
=======
    case score >= 60:
        return "D", nil
    }
    return "F", nil
}
>>>>>>> REPLACE
''',
  quirks=["header-unquoted-keys"], should_apply=True)

# G3 tabs in file, spaces in SEARCH ---------------------------------------
C(language="go", path="cmd/seed/main.go", line_of='n, err := db.Exec("UPDATE',
  tabs=True, tab_reply=False,
  before='''
package main

import (
    "fmt"
    "os"
)

type fakeDB struct{}

func (fakeDB) Exec(q string) (int, error) { return 1, nil }

func run(db fakeDB) error {
    n, err := db.Exec("INSERT INTO users(name) VALUES ('seed')")
    if err != nil {
        return err
    }
    fmt.Println(n, "inserted")
    n, err := db.Exec("UPDATE users SET active = true")
    if err != nil {
        return err
    }
    fmt.Println(n, "activated")
    return nil
}

func main() {
    if err := run(fakeDB{}); err != nil {
        fmt.Fprintln(os.Stderr, err)
        os.Exit(1)
    }
}
''',
  fixes=[('    fmt.Println(n, "inserted")\n    n, err := db.Exec("UPDATE users SET active = true")',
          '    fmt.Println(n, "inserted")\n    n, err = db.Exec("UPDATE users SET active = true")')],
  reply=H("Reassign n and err instead of redeclaring", "Both n and err already exist in this scope, so := declares nothing new; use =.", 0.97) + "\n"
  + B('    fmt.Println(n, "inserted")\n    n, err := db.Exec("UPDATE users SET active = true")',
      '    fmt.Println(n, "inserted")\n    n, err = db.Exec("UPDATE users SET active = true")') + "\n",
  quirks=["indent-tabs-vs-spaces"], should_apply=True)

# G4 prose only ---------------------------------------------------------
C(language="go", path="cmd/tokens/main.go", line_of='"github.com/google/uuid"',
  tabs=True,
  before='''
package main

import (
    "fmt"

    "github.com/google/uuid"
)

func newToken(prefix string) string {
    return fmt.Sprintf("%s_%s", prefix, uuid.NewString())
}

func main() {
    for i := 0; i < 3; i++ {
        fmt.Println(newToken("tok"))
    }
}
''',
  fixes=[('    "github.com/google/uuid"', '    "crypto/rand"')],
  reply='''This isn't a code problem. The import is correct, but `github.com/google/uuid` isn't listed in your `go.mod`, so the build can't resolve it. Run:

```sh
go get github.com/google/uuid@latest
go mod tidy
```

and commit the updated `go.mod` and `go.sum`. After that `go build ./...` will succeed without any change to `cmd/tokens/main.go`.
''',
  quirks=["no-blocks", "no-header"], should_apply=False, refuse_kind="no-blocks",
  refused="The reply has no JSON header and no SEARCH/REPLACE block (it tells the user to run `go get`); nothing to apply.")

# G5 delete unused import with deletes:true -------------------------------
C(language="go", path="internal/slug/slug.go", line_of='"os"',
  tabs=True,
  before='''
package slug

import (
    "os"
    "regexp"
    "strings"
)

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// Make turns a title into a URL-safe slug.
func Make(title string) string {
    s := strings.ToLower(strings.TrimSpace(title))
    s = nonAlnum.ReplaceAllString(s, "-")
    return strings.Trim(s, "-")
}
''',
  fixes=[('    "os"', None)],
  reply=H("Drop unused os import", "os is imported but not used in slug.go.", 0.98, True) + "\n"
  + B('    "os"', None) + "\n",
  quirks=["delete-with-flag"], should_apply=True)

# G6 empty REPLACE, deletes omitted --------------------------------------
C(language="go", path="internal/money/money.go", line_of='"strings"',
  tabs=True,
  before='''
package money

import (
    "fmt"
    "strings"
)

// Cents is an amount of money in the smallest currency unit.
type Cents int64

func (c Cents) String() string {
    sign := ""
    if c < 0 {
        sign, c = "-", -c
    }
    return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}
''',
  fixes=[('    "strings"', None)],
  reply='''{"title": "Remove unused strings import", "explanation": "strings is imported but never referenced.", "confidence": 0.95}
<<<<<<< SEARCH
    "strings"
=======
>>>>>>> REPLACE
''',
  quirks=["empty-replace-no-deletes"], should_apply=False, refuse_kind="empty-no-deletes",
  refused="The REPLACE section is empty (the edit deletes a line) but the header has no \"deletes\": true; an undeclared deletion must be refused.")

# G7 clean: type mismatch -------------------------------------------------
C(language="go", path="internal/report/label.go", line_of="return count",
  tabs=True,
  before='''
package report

import "strconv"

type Summary struct {
    Title string
    Items []string
}

// CountLabel renders the number of items for a table cell.
func CountLabel(s Summary) string {
    count := len(s.Items)
    if count == 0 {
        return "none"
    }
    return count
}

// PageLabel renders "page/total" for the table footer.
func PageLabel(page, total int) string {
    return strconv.Itoa(page) + "/" + strconv.Itoa(total)
}
''',
  fixes=[("    return count", "    return strconv.Itoa(count)")],
  reply=H("Format count with strconv.Itoa", "CountLabel returns a string but count is an int.", 0.96) + "\n"
  + B("    return count", "    return strconv.Itoa(count)") + "\n",
  quirks=[], should_apply=True)

# G8 two blocks in fenced go blocks ---------------------------------------
C(language="go", path="internal/logx/level.go", line_of="\tl, err := parseLevel(s)",
  tabs=True,
  before='''
package logx

import (
    "fmt"
    "strings"
)

type Level int

const (
    Debug Level = iota
    Info
    Warn
    Error
)

// ParseLevel parses a level name such as "info" or "WARN".
func ParseLevel(s string) (Level, error) {
    switch strings.ToLower(strings.TrimSpace(s)) {
    case "debug":
        return Debug, nil
    case "info":
        return Info, nil
    case "warn", "warning":
        return Warn, nil
    case "error":
        return Error, nil
    }
    return Info, fmt.Errorf("unknown log level %q", s)
}

func MustLevel(s string) Level {
    l, err := parseLevel(s)
    if err != nil {
        panic(err)
    }
    return l
}

func LevelOr(s string, def Level) Level {
    if l, err := parseLevel(s); err == nil {
        return l
    }
    return def
}
''',
  fixes=[("    l, err := parseLevel(s)", "    l, err := ParseLevel(s)"),
         ("    if l, err := parseLevel(s); err == nil {", "    if l, err := ParseLevel(s); err == nil {")],
  reply='''{"title": "Call the exported ParseLevel", "explanation": "The parser is declared as ParseLevel; Go identifiers are case-sensitive.", "confidence": 0.97, "deletes": false}

```go
<<<<<<< SEARCH
    l, err := parseLevel(s)
=======
    l, err := ParseLevel(s)
>>>>>>> REPLACE
```

```go
<<<<<<< SEARCH
    if l, err := parseLevel(s); err == nil {
=======
    if l, err := ParseLevel(s); err == nil {
>>>>>>> REPLACE
```
''',
  quirks=["fenced-blocks", "multi-block"], should_apply=True)

# G9 filename line + 8-char markers: too many arguments -------------------
C(language="go", path="internal/httpx/retry.go", line_of="backoff(attempt, base, max)",
  tabs=True,
  before='''
package httpx

import (
    "net/http"
    "time"
)

func backoff(attempt int, base time.Duration) time.Duration {
    return base * time.Duration(1<<attempt)
}

// GetWithRetry retries GET requests that fail with a network error.
func GetWithRetry(c *http.Client, url string, tries int) (*http.Response, error) {
    base, max := 100*time.Millisecond, 5*time.Second
    var lastErr error
    for attempt := 0; attempt < tries; attempt++ {
        resp, err := c.Get(url)
        if err == nil {
            return resp, nil
        }
        lastErr = err
        d := backoff(attempt, base, max)
        time.Sleep(d)
    }
    return nil, lastErr
}
''',
  fixes=[("        d := backoff(attempt, base, max)", "        d := backoff(attempt, base)\n        if d > max {\n            d = max\n        }")],
  reply='''{"title": "Cap backoff at max in the caller", "explanation": "backoff takes two arguments; clamp the result to max here instead of passing it.", "confidence": 0.88, "deletes": false}

internal/httpx/retry.go
<<<<<<<< SEARCH
        d := backoff(attempt, base, max)
========
        d := backoff(attempt, base)
        if d > max {
            d = max
        }
>>>>>>>> REPLACE
''',
  quirks=["filename-line", "markers-8"], should_apply=True)
