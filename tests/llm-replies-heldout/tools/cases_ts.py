from gen import C, H, B

DATES = '''export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function parseDate(s: string): Date {
  return new Date(s + "T00:00:00Z");
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}
'''

# T1 clean ---------------------------------------------------------------
C(language="typescript", path="src/config.ts", line_of='port: env.PORT',
  before='''
export interface Config {
  port: number;
  host: string;
  debug: boolean;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env): Config {
  return {
    port: env.PORT ?? "8080",
    host: env.HOST ?? "127.0.0.1",
    debug: env.DEBUG === "1",
  };
}

export function describe(cfg: Config): string {
  return `${cfg.host}:${cfg.port}${cfg.debug ? " (debug)" : ""}`;
}
''',
  fixes=[('    port: env.PORT ?? "8080",', '    port: Number(env.PORT ?? "8080"),')],
  reply=H("Parse PORT as a number", "Config.port is a number but env values are strings; convert with Number().", 0.95) + "\n"
  + B('    port: env.PORT ?? "8080",', '    port: Number(env.PORT ?? "8080"),') + "\n",
  quirks=[], should_apply=True)

# T2 trailing comma in header --------------------------------------------
C(language="typescript", path="src/tags.ts", line_of="lenght",
  before='''
export interface Post {
  id: number;
  title: string;
  tags: string[];
}

export function tagSummary(post: Post): string {
  if (post.tags.lenght === 0) {
    return "untagged";
  }
  const shown = post.tags.slice(0, 3).join(", ");
  const extra = post.tags.length - 3;
  return extra > 0 ? `${shown} +${extra}` : shown;
}

export function allTags(posts: Post[]): string[] {
  return [...new Set(posts.flatMap((p) => p.tags))].sort();
}
''',
  fixes=[("  if (post.tags.lenght === 0) {", "  if (post.tags.length === 0) {")],
  reply='''{"title": "Fix misspelled length", "explanation": "`lenght` is a typo for `length` on string[].", "confidence": 0.98, "deletes": false,}
<<<<<<< SEARCH
  if (post.tags.lenght === 0) {
=======
  if (post.tags.length === 0) {
>>>>>>> REPLACE
''',
  quirks=["header-trailing-comma"], should_apply=True)

# T3 six-character markers -----------------------------------------------
C(language="typescript", path="src/billing/period.ts", line_of='daysBetween(sub.startedAt',
  before='''
const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / MS_PER_DAY);
}

export interface Subscription {
  plan: "monthly" | "yearly";
  startedAt: string; // ISO 8601 from the API
}

export function daysActive(sub: Subscription, now: Date = new Date()): number {
  return daysBetween(sub.startedAt, now);
}

export function isTrial(sub: Subscription, now?: Date): boolean {
  return daysActive(sub, now) < 14;
}
''',
  fixes=[("  return daysBetween(sub.startedAt, now);", "  return daysBetween(new Date(sub.startedAt), now);")],
  reply=H("Convert startedAt to a Date", "startedAt is an ISO string; wrap it in new Date() before calling daysBetween.", 0.92) + "\n"
  + B("  return daysBetween(sub.startedAt, now);", "  return daysBetween(new Date(sub.startedAt), now);", 6, 6, 6) + "\n",
  quirks=["markers-6"], should_apply=True)

# T4 truncated reply -----------------------------------------------------
C(language="typescript", path="src/api/client.ts", line_of="Promise<Reponse>",
  before='''
export interface ApiError {
  status: number;
  message: string;
}

export class ApiClient {
  constructor(private readonly baseUrl: string, private readonly token?: string) {}

  private headers(): Record<string, string> {
    const h: Record<string, string> = { Accept: "application/json" };
    if (this.token) h.Authorization = `Bearer ${this.token}`;
    return h;
  }

  async get(path: string): Promise<Reponse> {
    const res = await fetch(this.baseUrl + path, { headers: this.headers() });
    if (!res.ok) {
      const err: ApiError = { status: res.status, message: await res.text() };
      throw err;
    }
    return res;
  }
}
''',
  tsflags="--lib es2022,dom",
  fixes=[("  async get(path: string): Promise<Reponse> {", "  async get(path: string): Promise<Response> {")],
  reply='''{"title": "Fix misspelled Response type", "explanation": "`Reponse` is a typo for the DOM `Response` type returned by fetch.", "confidence": 0.96, "deletes": false}
<<<<<<< SEARCH
  async get(path: string): Promise<Reponse> {
=======
  async get(path: string): Promise<Resp''',
  quirks=["truncated"], should_apply=False, refuse_kind="truncated",
  refused="The reply is cut off inside the REPLACE section (no `>>>>>>> REPLACE` line); an incomplete block must not be applied.")

# T5 empty REPLACE without deletes flag ----------------------------------
C(language="typescript", path="src/report.ts", line_of="import { parseDate }",
  extra={"src/dates.ts": DATES}, tsflags="--noUnusedLocals",
  before='''
import { addDays, formatDate } from "./dates";
import { parseDate } from "./dates";

export interface Entry {
  day: Date;
  hours: number;
}

export function weekRows(start: Date, entries: Entry[]): string[] {
  const rows: string[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(start, i);
    const hours = entries
      .filter((e) => formatDate(e.day) === formatDate(day))
      .reduce((sum, e) => sum + e.hours, 0);
    rows.push(`${formatDate(day)}  ${hours.toFixed(1)}h`);
  }
  return rows;
}
''',
  fixes=[('import { parseDate } from "./dates";', None)],
  reply='''{"title": "Remove unused parseDate import", "explanation": "parseDate is imported but never used, which noUnusedLocals reports as an error.", "confidence": 0.9, "deletes": false}
<<<<<<< SEARCH
import { parseDate } from "./dates";
=======
>>>>>>> REPLACE
''',
  quirks=["empty-replace-no-deletes"], should_apply=False, refuse_kind="empty-no-deletes",
  refused="The REPLACE section is empty (the edit deletes code) but the header says \"deletes\": false; an undeclared deletion must be refused.")

# T6 deletion with deletes:true -----------------------------------------
C(language="typescript", path="src/invoice.ts", line_of="import { parseDate }",
  extra={"src/dates.ts": DATES}, tsflags="--noUnusedLocals",
  before='''
import { formatDate } from "./dates";
import { parseDate } from "./dates";

export interface InvoiceLine {
  description: string;
  amountCents: number;
}

export interface Invoice {
  number: string;
  issuedAt: Date;
  lines: InvoiceLine[];
}

export function invoiceTotal(inv: Invoice): number {
  return inv.lines.reduce((sum, l) => sum + l.amountCents, 0);
}

export function invoiceHeader(inv: Invoice): string {
  return `Invoice ${inv.number} — ${formatDate(inv.issuedAt)}`;
}
''',
  fixes=[('import { parseDate } from "./dates";', None)],
  reply=H("Remove unused parseDate import", "parseDate is never used in this module; drop the import.", 0.94, True) + "\n"
  + B('import { parseDate } from "./dates";', None) + "\n",
  quirks=["delete-with-flag"], should_apply=True)

# T7 clean, interface field missing --------------------------------------
C(language="typescript", path="src/users/notify.ts", line_of="user.email",
  before='''
export interface User {
  id: string;
  displayName: string;
  locale: "en" | "de" | "fr";
}

const GREETINGS: Record<User["locale"], string> = {
  en: "Hello",
  de: "Hallo",
  fr: "Bonjour",
};

export function welcomeMessage(user: User): { to: string; body: string } {
  return {
    to: user.email,
    body: `${GREETINGS[user.locale]}, ${user.displayName}!`,
  };
}
''',
  fixes=[('  displayName: string;\n  locale: "en" | "de" | "fr";',
          '  displayName: string;\n  email: string;\n  locale: "en" | "de" | "fr";')],
  reply=H("Add email to the User interface", "welcomeMessage reads user.email, but User declares no such field.", 0.85) + "\n"
  + B('  displayName: string;\n  locale: "en" | "de" | "fr";',
      '  displayName: string;\n  email: string;\n  locale: "en" | "de" | "fr";') + "\n",
  quirks=[], should_apply=True)

# T8 prose + fenced typescript blocks + two blocks -----------------------
C(language="typescript", path="src/cart/lookup.ts", line_of="return product.price * qty",
  before='''
export interface Product {
  sku: string;
  name: string;
  price: number;
}

const catalog: Product[] = [
  { sku: "A1", name: "Mug", price: 8 },
  { sku: "B2", name: "Poster", price: 15 },
];

export function linePrice(sku: string, qty: number): number {
  const product = catalog.find((p) => p.sku === sku);
  return product.price * qty;
}

export function productLabel(sku: string): string {
  const product = catalog.find((p) => p.sku === sku);
  return `${product.name} (${sku})`;
}
''',
  fixes=[("  return product.price * qty;", '  if (!product) throw new Error(`unknown sku ${sku}`);\n  return product.price * qty;'),
         ("  return `${product.name} (${sku})`;", "  return product ? `${product.name} (${sku})` : sku;")],
  reply='''Both functions use the result of `Array.prototype.find`, which is `Product | undefined`. Under `strict` you have to handle the missing case before dereferencing. I'd throw in `linePrice` (a price for an unknown SKU is a bug) and fall back to the bare SKU in the label.

```json
{"title": "Handle unknown SKUs after catalog.find", "explanation": "find() can return undefined; guard before reading price/name.", "confidence": 0.88, "deletes": false}
```

```typescript
<<<<<<< SEARCH
  return product.price * qty;
=======
  if (!product) throw new Error(`unknown sku ${sku}`);
  return product.price * qty;
>>>>>>> REPLACE
```

```typescript
<<<<<<< SEARCH
  return `${product.name} (${sku})`;
=======
  return product ? `${product.name} (${sku})` : sku;
>>>>>>> REPLACE
```

This fixes both TS18048 errors; no other callers need to change.
''',
  quirks=["prose-before", "fenced-header", "fenced-blocks", "multi-block", "prose-after"], should_apply=True)

# T9 fenced header + CRLF reply ------------------------------------------
C(language="typescript", path="src/format/money.ts", line_of='formatMoney(total)',
  before='''
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

export interface Totals {
  subtotal: number;
  tax: number;
  currency: string;
}

export function receiptFooter(t: Totals): string[] {
  const total = t.subtotal + t.tax;
  return [
    `Subtotal: ${formatMoney(t.subtotal, t.currency)}`,
    `Tax:      ${formatMoney(t.tax, t.currency)}`,
    `Total:    ${formatMoney(total)}`,
  ];
}
''',
  fixes=[("    `Total:    ${formatMoney(total)}`,", "    `Total:    ${formatMoney(total, t.currency)}`,")],
  crlf_reply=True,
  reply='''```json
{"title": "Pass currency to formatMoney", "explanation": "formatMoney takes (cents, currency); the Total line omits the currency argument.", "confidence": 0.97, "deletes": false}
```
<<<<<<< SEARCH
    `Total:    ${formatMoney(total)}`,
=======
    `Total:    ${formatMoney(total, t.currency)}`,
>>>>>>> REPLACE
''',
  quirks=["fenced-header", "crlf"], should_apply=True)
