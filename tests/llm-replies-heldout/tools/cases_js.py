from gen import C, H, B

# J1 clean ---------------------------------------------------------------
C(language="javascript", path="scripts/order-summary.js", line_of="Object.entries(byStatuses)",
  before='''
'use strict';

const orders = [
  { id: 1, status: 'shipped', total: 40 },
  { id: 2, status: 'pending', total: 15 },
  { id: 3, status: 'shipped', total: 22 },
];

function summarize(list) {
  const byStatus = {};
  for (const order of list) {
    byStatus[order.status] = (byStatus[order.status] || 0) + 1;
  }
  return Object.entries(byStatuses)
    .map(([status, n]) => `${status}: ${n}`)
    .join('\\n');
}

console.log(summarize(orders));
''',
  fixes=[("  return Object.entries(byStatuses)", "  return Object.entries(byStatus)")],
  reply=H("Fix misspelled byStatus", "The accumulator is declared as `byStatus`, not `byStatuses`.", 0.98) + "\n"
  + B("  return Object.entries(byStatuses)", "  return Object.entries(byStatus)") + "\n",
  quirks=[], should_apply=True)

# J2 fenced javascript blocks --------------------------------------------
C(language="javascript", path="lib/parse-env.js", line_of="value.trim()",
  before='''
'use strict';

function parseEnv(text) {
  const out = {};
  for (const raw of text.split('\\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [key, value] = line.split('=', 2);
    out[key.trim()] = value.trim();
  }
  return out;
}

module.exports = { parseEnv };

if (require.main === module) {
  console.log(parseEnv('PORT=3000\\n# comment\\nDEBUG\\nHOST=localhost'));
}
''',
  fixes=[("    out[key.trim()] = value.trim();", "    out[key.trim()] = value === undefined ? '' : value.trim();")],
  reply='''{"title": "Handle keys without a value", "explanation": "A line like `DEBUG` has no '=', so `value` is undefined and `.trim()` throws.", "confidence": 0.9, "deletes": false}
```javascript
<<<<<<< SEARCH
    out[key.trim()] = value.trim();
=======
    out[key.trim()] = value === undefined ? '' : value.trim();
>>>>>>> REPLACE
```
''',
  quirks=["fenced-blocks"], should_apply=True)

# J3 two blocks, clean ---------------------------------------------------
C(language="javascript", path="lib/stats.js", line_of="count += 1",
  before='''
'use strict';

function runningStats(values) {
  const count = 0;
  const total = 0;
  let max = -Infinity;
  for (const v of values) {
    count += 1;
    total += v;
    if (v > max) max = v;
  }
  return { count, mean: count ? total / count : 0, max };
}

module.exports = { runningStats };

if (require.main === module) {
  console.log(runningStats([3, 9, 4]));
}
''',
  fixes=[("  const count = 0;", "  let count = 0;"), ("  const total = 0;", "  let total = 0;")],
  reply=H("Declare accumulators with let", "count and total are reassigned in the loop, so they cannot be const.", 0.97) + "\n"
  + B("  const count = 0;", "  let count = 0;") + "\n"
  + B("  const total = 0;", "  let total = 0;") + "\n",
  quirks=["multi-block"], should_apply=True)

# J4 paraphrased SEARCH (quotes and spacing changed) ---------------------
C(language="javascript", path="lib/slug.js", line_of=".normalize('NFKD')",
  before='''
'use strict';

const MAX_LEN = 60;

function slugify(title) {
  return title
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_LEN);
}

module.exports = { slugify };

if (require.main === module) {
  console.log(slugify(42));
}
''',
  fixes=[("function slugify(title) {\n  return title", "function slugify(title) {\n  return String(title)")],
  error_must="title.normalize is not a function",
  reply=H("Coerce title to a string", "slugify is called with a number; convert with String() before calling string methods.", 0.75) + "\n"
  + B('''function slugify(title) {
  return title.normalize("NFKD")''', '''function slugify(title) {
  return String(title).normalize("NFKD")''') + "\n",
  quirks=["paraphrased-search"], should_apply=False, refuse_kind="paraphrased",
  refused="The SEARCH text (`return title.normalize(\"NFKD\")` on one line, double quotes) does not appear in the file, which has `return title` and `.normalize('NFKD')` on separate lines; a paraphrased SEARCH must not be applied.")

# J5 redacted token + prose before ---------------------------------------
C(language="javascript", path="src/github.js", line_of="config.githubToken",
  secrets={"ghp_Q4z9LmT2vX8rB1nK6pW3sD7fH0jY5cA9eRtU": "<redacted:github-token>"},
  before='''
'use strict';

const config = {
  apiBase: 'https://api.github.com',
  token: 'ghp_Q4z9LmT2vX8rB1nK6pW3sD7fH0jY5cA9eRtU',
  userAgent: 'release-bot/1.4',
};

function authHeaders() {
  if (!config.githubToken.startsWith('ghp_')) {
    throw new Error('unexpected token format');
  }
  return {
    Authorization: `token ${config.token}`,
    'User-Agent': config.userAgent,
  };
}

module.exports = { authHeaders };

if (require.main === module) {
  console.log(Object.keys(authHeaders()));
}
''',
  fixes=[("  if (!config.githubToken.startsWith('ghp_')) {", "  if (!config.token.startsWith('ghp_')) {")],
  reply='''Here's the fix — the config object stores the secret under `token`, so `config.githubToken` is undefined:

{"title": "Read the token from config.token", "explanation": "config has no githubToken property; the token lives in config.token (<redacted:github-token>).", "confidence": 0.93, "deletes": false}

<<<<<<< SEARCH
  if (!config.githubToken.startsWith('ghp_')) {
=======
  if (!config.token.startsWith('ghp_')) {
>>>>>>> REPLACE
''',
  quirks=["prose-before", "redacted-marker"], should_apply=True)

# J6 clean, syntax error -------------------------------------------------
C(language="javascript", path="bin/greet.js", line_of="console.log('Hello, '",
  before='''
#!/usr/bin/env node
'use strict';

const args = process.argv.slice(2);
const name = args[0] || 'world';
const shout = args.includes('--shout');

function greet(who) {
  const text = `Hello, ${who}!`;
  return shout ? text.toUpperCase() : text;
}

console.log('Hello, ' greet(name).slice(7));
''',
  fixes=[("console.log('Hello, ' greet(name).slice(7));", "console.log(greet(name));")],
  reply=H("Fix malformed console.log call", "A string literal is followed by an expression with no operator; greet() already builds the full message.", 0.9) + "\n"
  + B("console.log('Hello, ' greet(name).slice(7));", "console.log(greet(name));") + "\n",
  quirks=[], should_apply=True)

# J7 unquoted keys in header + prose before ------------------------------
C(language="javascript", path="lib/count-words.js", line_of=".match(/\\b\\w+\\b/g).length",
  before='''
'use strict';

function countWords(text) {
  return text.match(/\\b\\w+\\b/g).length;
}

function readingTime(text, wpm = 200) {
  const minutes = countWords(text) / wpm;
  return Math.max(1, Math.round(minutes));
}

module.exports = { countWords, readingTime };

if (require.main === module) {
  console.log(countWords('two words'), countWords('...'), readingTime(''));
}
''',
  fixes=[("  return text.match(/\\b\\w+\\b/g).length;", "  return (text.match(/\\b\\w+\\b/g) || []).length;")],
  reply='''Sure! `String.prototype.match` returns `null` when there are no matches, so `.length` blows up on punctuation-only or empty input.

{title: "Handle texts with no words", explanation: "match() returns null when nothing matches; default to an empty array.", confidence: 0.95, deletes: false}

<<<<<<< SEARCH
  return text.match(/\\b\\w+\\b/g).length;
=======
  return (text.match(/\\b\\w+\\b/g) || []).length;
>>>>>>> REPLACE
''',
  quirks=["prose-before", "header-unquoted-keys"], should_apply=True)

# J8 SEARCH at 2-space indentation, file at 4 (class method body) --------
C(language="javascript", path="lib/job-queue.js", line_of="this.jobs.push",
  before='''
'use strict';

class JobQueue {
  constructor(concurrency = 2) {
    this.concurrency = concurrency;
    this.queue = [];
    this.running = 0;
  }

  add(fn) {
    this.jobs.push(fn);
    this.drain();
    return this;
  }

  drain() {
    while (this.running < this.concurrency && this.queue.length) {
      const job = this.queue.shift();
      this.running += 1;
      Promise.resolve()
        .then(job)
        .finally(() => {
          this.running -= 1;
          this.drain();
        });
    }
  }
}

module.exports = { JobQueue };

if (require.main === module) {
  new JobQueue().add(() => console.log('ran'));
}
''',
  fixes=[("    this.jobs.push(fn);\n    this.drain();", "    this.queue.push(fn);\n    this.drain();")],
  reply=H("Push onto this.queue", "The constructor initialises this.queue; this.jobs does not exist.", 0.96) + "\n"
  + B("  this.jobs.push(fn);\n  this.drain();", "  this.queue.push(fn);\n  this.drain();") + "\n",
  quirks=["indent-2-vs-4"], should_apply=True)
