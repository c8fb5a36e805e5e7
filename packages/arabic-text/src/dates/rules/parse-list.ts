import type { DateExpression, ListItem } from "../date-expression.js";
import { calendarExpr, weekdayExpr } from "../expression-shapes.js";
import { lazy } from "../lazy.js";
import { lookupWord, type ScanContext, type TokenMatch, wordAt } from "../scan-context.js";
import { toSearchText } from "../search-text.js";
import { PARSER_BITS as B, tryAt } from "../starter-words.js";
import { parseDayMonth, parseMonthYear } from "./parse-calendar-date.js";
import { parseMonthName } from "./parse-month.js";
import { parseDayOfMonth } from "./parse-number-words.js";
import { parseWeekday, weekdayAt } from "./parse-weekday.js";
import { yearNumberAt } from "./parse-year.js";

type CalendarExpression = Extract<DateExpression, { kind: "calendar" }>;
type ItemKind = "day" | "year" | "month" | "weekday";

/**
 * Plural and dual nouns that head a coordinated list ("يومي 3 و9 مايو", "عامي 2019 و2020",
 * "أيام 5 و6 و7 أبريل", "شهري يناير وفبراير"), with the kind of item they announce. Written
 * as a reader writes them, folded at load.
 */
const LIST_HEADS: readonly (readonly [ItemKind, readonly string[]])[] = [
  ["day", ["يومي", "أيام", "الأيام"]],
  ["year", ["عامي", "سنتي", "أعوام", "سنوات", "الأعوام", "السنوات"]],
  ["month", ["شهري", "أشهر", "شهور", "الأشهر", "الشهور"]],
];

const listHeads = lazy(() => {
  const table = new Map<string, ItemKind>();
  for (const [kind, words] of LIST_HEADS) for (const w of words) table.set(toSearchText(w).text, kind);
  return table;
});

/** At most this many items are read, so a list costs bounded look-ahead. */
const MAX_ITEMS = 6;

interface Item {
  match: TokenMatch;
  /** True when the item carries the list's shared month, year or direction (the last one). */
  full: boolean;
}

/** The token after a separator ("و"، "،") at k, and the clitic letters of a glued و ("والخميس"). */
function separatorAt(
  ctx: ScanContext,
  k: number,
  commas: boolean,
  glued: boolean,
): { next: number; prefix: number } | undefined {
  const t = ctx.tokens[k];
  if (!t) return undefined;
  if (t.kind === "punct") {
    if (!commas || !"،,".includes(t.text)) return undefined;
    if (wordAt(ctx, k + 1) === "و") return { next: k + 2, prefix: 0 };
    return { next: k + 1, prefix: 0 };
  }
  if (t.text === "و") return { next: k + 1, prefix: 0 };
  if (glued && t.kind === "word" && t.text.length > 2 && t.text[0] === "و") return { next: k, prefix: 1 };
  return undefined;
}

/** A bare item of `kind` at token k: a day number, a year, a month name or a weekday. */
function bareItem(ctx: ScanContext, kind: ItemKind, k: number, prefix: number): TokenMatch | undefined {
  if (kind === "year") {
    const y = prefix === 0 && numberAt4(ctx, k) ? yearNumberAt(ctx, k) : undefined;
    if (y === undefined) return undefined;
    return {
      expr: calendarExpr({ kind: "calendar", calendar: "gregorian", year: { abs: y } }),
      first: k,
      last: k,
      prefix: 0,
    };
  }
  if (kind === "day") {
    const d = parseDayOfMonth(ctx, k);
    if (!d || d.prefix !== prefix) return undefined;
    return {
      expr: calendarExpr({ kind: "calendar", calendar: "gregorian", day: d.day }),
      first: k,
      last: d.last,
      prefix,
    };
  }
  if (kind === "month") {
    const m = parseMonthName(ctx, k, prefix > 0);
    if (!m || m.prefix !== prefix) return undefined;
    return {
      expr: calendarExpr({
        kind: "calendar",
        calendar: m.name.system === "hijri" ? "hijri" : "gregorian",
        month: { abs: m.name.month },
      }),
      first: k,
      last: m.last,
      prefix,
    };
  }
  const wd = weekdayAt(ctx, k);
  if (!wd || wd.prefix !== prefix || wd.first !== k) return undefined;
  return { expr: weekdayExpr({ kind: "weekday", weekday: wd.weekday }), first: k, last: wd.last, prefix };
}

function numberAt4(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === "number" && t.text.length === 4;
}

/** The item of `kind` at k that carries more than a bare item: a day with its month, a month with its year. */
function fullItem(ctx: ScanContext, kind: ItemKind, k: number, prefix: number): TokenMatch | undefined {
  let m: TokenMatch | undefined;
  if (kind === "day") m = tryAt(ctx, k, B.dayMonth, parseDayMonth);
  else if (kind === "month") m = tryAt(ctx, k, B.monthYear, parseMonthYear);
  else if (kind === "weekday") m = tryAt(ctx, k, B.weekday, parseWeekday);
  if (!m || m.prefix !== prefix) return undefined;
  const e = m.expr;
  if (kind === "weekday") return e.kind === "weekday" && e.direction !== undefined ? m : undefined;
  if (e.kind !== "calendar") return undefined;
  if (kind === "day" && e.month === undefined) return undefined;
  if (kind === "month" && e.year === undefined && !(e.month && "abs" in e.month && e.month.direction !== undefined))
    return undefined;
  return m;
}

/** What the list's first token says its items are. */
function kindAt(ctx: ScanContext, k: number): ItemKind | undefined {
  const t = ctx.tokens[k];
  if (t?.kind === "number") return t.text.length === 4 ? "year" : "day";
  if (parseMonthName(ctx, k, false)) return "month";
  if (weekdayAt(ctx, k)) return "weekday";
  if (parseDayOfMonth(ctx, k)) return "day";
  return undefined;
}

/**
 * A coordinated list of dates that is not a range: "يومي 3 و9 مايو" (two days), "عامي 2019
 * و2020" and "في عامي 1999، 2004" (two years), "أيام 5 و6 و7 أبريل" (three days), "14 و15
 * يناير 2026", "يومي الأربعاء والخميس المقبلين", "شهري يناير وفبراير 2025". The month, year or
 * direction written once, on the last item, is shared by every item (see `shareTail`). Each
 * item becomes its own mention; the first keeps the head noun in its surface. Two consecutive
 * days after the dual يومي ("يومي 10 و11 نوفمبر") are one two-day span and are left to the range
 * rule. Without a head noun only days and months are read, joined by و.
 */
export function parseList(ctx: ScanContext, i: number): TokenMatch | undefined {
  const head = lookupWord(ctx, i, listHeads(), true);
  let k = head ? i + 1 : i;
  const kind = kindAt(ctx, k);
  if (kind === undefined || (head && head.value !== kind && !(head.value === "day" && kind === "weekday")))
    return undefined;
  if (!head && kind === "weekday") return undefined;
  // Years without a head noun need a year preposition before them ("في 2019 و2020").
  if (!head && kind === "year" && !lookupWord(ctx, i - 1, yearPrepositionTable(ctx), true)) return undefined;
  const items: Item[] = [];
  let prefix = 0;
  for (let n = 0; n < MAX_ITEMS; n++) {
    // A bare item followed by a separator goes on; otherwise this is the last item, which
    // carries the shared month, year or direction. The cheap bare reading comes first, so a
    // month or day that starts no list costs one look-up.
    const bare = bareItem(ctx, kind, k, prefix);
    // After a digit item only a free-standing و or a comma separates ("و9" is two tokens); a
    // glued و belongs to a word item ("والخميس", "وفبراير").
    const sep = bare && separatorAt(ctx, bare.last + 1, head !== undefined, ctx.tokens[bare.last]?.kind !== "number");
    if (bare && sep) {
      items.push({ match: bare, full: false });
      k = sep.next;
      prefix = sep.prefix;
      continue;
    }
    if (items.length === 0) return undefined;
    const full = fullItem(ctx, kind, k, prefix);
    if (full) items.push({ match: full, full: true });
    else if (bare) items.push({ match: bare, full: false });
    break;
  }
  if (items.length < 2) return undefined;
  // "يومي السبت والأحد 13 و14 ديسمبر": weekdays, then their days.
  if (kind === "weekday" && !items[items.length - 1]!.full) return weekdaysThenDays(ctx, i, items, head?.prefix ?? 0);
  const last = items[items.length - 1]!;
  // Without a head, only a shared month or year makes the numbers dates ("بين 3 و5 آلاف" is not).
  if (!last.full && kind !== "year") return undefined;
  const shared = shareTail(items.map((it) => it.match));
  if (!ascending(shared)) return undefined;
  const outside = head ? head.prefix : shared[0]!.prefix;
  const end = last.match.last;
  if (kind === "day" && items.length === 2 && consecutiveDays(items) && (wordAt(ctx, i) ?? "").endsWith("يومي")) {
    // "يومي 10 و11 نوفمبر": one two-day span.
    return {
      expr: { kind: "range", from: shared[0]!.expr, to: shared[1]!.expr },
      first: i,
      last: end,
      prefix: outside,
    };
  }
  const listItems: ListItem[] = shared.map((m, n) => ({
    expr: m.expr,
    first: n === 0 ? i : m.first,
    last: m.last,
    prefix: n === 0 ? outside : m.prefix,
  }));
  return { expr: { kind: "list", items: listItems }, first: i, last: end, prefix: outside };
}

// Items must move forward in time ("عامي 2020 و2019" is no list of dates but, say, a score).
function ascending(items: TokenMatch[]): boolean {
  for (let n = 1; n < items.length; n++) {
    const a = items[n - 1]!.expr;
    const b = items[n]!.expr;
    if (a.kind !== "calendar" || b.kind !== "calendar") continue;
    if (calendarKey(a) >= calendarKey(b)) return false;
  }
  return true;
}

function calendarKey(e: CalendarExpression): number {
  const year = e.year && "abs" in e.year ? e.year.abs : 0;
  const month = e.month && "abs" in e.month ? e.month.abs : 0;
  return year * 10000 + month * 100 + (e.day ?? 0);
}

/**
 * A list of weekdays followed by as many days of a month: each day keeps its weekday (checked
 * like any weekday beside a date, and it picks the year). The first mention's surface runs from
 * the head noun through the first day ("يومي السبت والأحد 13"), the others are their days.
 */
function weekdaysThenDays(ctx: ScanContext, i: number, weekdays: Item[], outside: number): TokenMatch | undefined {
  const k = weekdays[weekdays.length - 1]!.match.last + 1;
  if (ctx.tokens[k]?.kind !== "number") return undefined;
  const days = parseList(ctx, k);
  if (days?.expr.kind !== "list" || days.expr.items.length !== weekdays.length) return undefined;
  const items: ListItem[] = days.expr.items.map((item, n) => {
    const wd = weekdays[n]!.match.expr;
    const expr =
      item.expr.kind === "calendar" && wd.kind === "weekday" ? { ...item.expr, weekday: wd.weekday } : item.expr;
    return n === 0 ? { ...item, expr, first: i, prefix: outside } : { ...item, expr };
  });
  return { expr: { kind: "list", items }, first: i, last: days.last, prefix: outside };
}

const prepositionCache = lazy(() => new Map<string, true>());

function yearPrepositionTable(ctx: ScanContext): Map<string, true> {
  const table = prepositionCache();
  if (table.size === 0) for (const w of ctx.words.yearPrepositions) table.set(w, true);
  return table;
}

function consecutiveDays(items: Item[]): boolean {
  const a = items[0]!.match.expr;
  const b = items[1]!.match.expr;
  return a.kind === "calendar" && b.kind === "calendar" && a.day !== undefined && b.day === a.day + 1;
}

/**
 * Gives every item the fields the last item wrote for the whole list: its month, year and
 * calendar for days, its year or direction for months, its direction for weekdays. A month
 * later in the year than the last one's takes the year before ("ديسمبر ويناير 2026").
 */
export function shareTail(items: TokenMatch[]): TokenMatch[] {
  const tail = items[items.length - 1]!.expr;
  return items.map((m, n) => {
    if (n === items.length - 1) return m;
    const e = m.expr;
    if (e.kind === "weekday" && tail.kind === "weekday" && tail.direction !== undefined) {
      return { ...m, expr: { ...e, direction: tail.direction } };
    }
    if (e.kind !== "calendar" || tail.kind !== "calendar") return m;
    const out: CalendarExpression = { ...e, calendar: tail.calendar };
    if (out.day !== undefined && out.month === undefined && tail.month !== undefined) out.month = tail.month;
    if (out.month !== undefined && out.year === undefined && tail.year !== undefined) {
      out.year = tail.year;
      const own = out.month && "abs" in out.month ? out.month.abs : undefined;
      const theirs = tail.month && "abs" in tail.month ? tail.month.abs : undefined;
      if (own !== undefined && theirs !== undefined && own > theirs && "abs" in tail.year) {
        out.year = { abs: tail.year.abs - 1 };
      }
    }
    if (out.day === undefined && out.month && "abs" in out.month && tail.month && "abs" in tail.month) {
      if (tail.month.direction !== undefined && out.year === undefined) {
        out.month = { abs: out.month.abs, direction: tail.month.direction };
      }
    }
    return { ...m, expr: out };
  });
}

/** The plural heads of coordinated lists ("يومي", "عامي", "الأشهر" …), search-normalized. */
export function listHeadWords(): Iterable<string> {
  return listHeads().keys();
}
