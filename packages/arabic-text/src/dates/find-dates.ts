import { CstoError } from "../errors/csto-error.js";
import { checkTextInput } from "../errors/text-input.js";
import type { PreparedText } from "../prepare/prepared-text.js";
import { readPrepared } from "../prepare/read-prepared.js";
import { mappedWordEnd } from "../tokenize/word-extent.js";
import { type DateToken, readTokens, type TokenCursor } from "./date-tokens.js";
import { parseExpressionAt } from "./parse-expression.js";
import { agreeOnYears } from "./resolve/document-year.js";
import { monthBefore } from "./resolve/month-before.js";
import { narrativeAnchor } from "./resolve/narrative-year.js";
import { readReference } from "./resolve/reference.js";
import { resolveExpression } from "./resolve/resolve-expression.js";
import type { Anchor, ResolveEnv } from "./resolve/resolve-types.js";
import {
  attributionDayAt,
  continuedSpeech,
  insideSpeech,
  openerBefore,
  type QuotedSpeech,
  quotedSpeech,
} from "./resolve/speech-day.js";
import { detectTense, type TenseReading } from "./resolve/tense.js";
import type { CalendarDay } from "./resolve/umm-al-qura.js";
import { inYearWindow } from "./resolve/year-window.js";
import { createScanContext, releaseScanContext, type ScanContext, type TokenMatch } from "./scan-context.js";
import { releaseScanText, type SearchText, scanTextOf, toScanText } from "./search-text.js";
import { startMask } from "./starter-words.js";
import type { DateMention, DateOptions, DatePreference } from "./types.js";

/**
 * Offsets in the original input of a token match (proclitics outside). It ends where a token
 * of its last word ends (the package's one word-end rule): harakat, tatweel and Quranic marks
 * of the last letter inside ("غداً").
 */
function originalSpan(ctx: ScanContext, m: TokenMatch): [number, number] {
  const first = ctx.tokens[m.first]!;
  const last = ctx.tokens[m.last]!;
  const start = ctx.map[first.start + m.prefix]!;
  return [start, mappedWordEnd(ctx.source, ctx.map, last.end)];
}

// The scan walks a sliding window of tokens instead of the whole text: STEP start positions
// per window, with CONTEXT tokens kept on each side. Every parser looks at most a few dozen
// tokens around its start (the longest range with a clock time is under 60 tokens, the tense
// cues 12 before and 8 after), so with CONTEXT = 128 each position sees exactly the tokens a
// whole-text scan would, while memory and garbage stay constant whatever the input length
// and however little punctuation it has.
const STEP = 1024;
const CONTEXT = 128;

// The resolver's view of one match; the tense is read only when a rule asks for it. A class
// rather than an object with an arrow: no closure per match (and no runtime naming of one
// under transpilers that keep function names).
class MatchEnv implements ResolveEnv {
  readonly ref: CalendarDay;
  readonly previous: Anchor | undefined;
  private readonly ctx: ScanContext;
  private readonly match: TokenMatch;
  private readonly state: ScanState;
  /** Set once the match took its year from the sentence's story (it then anchors the next one). */
  usedStory: boolean;
  /** Set once a relative day of the match counted from a speech day. */
  usedSpeech: boolean;
  // Every field assigned here, in one order: one object shape, plain stores (no field
  // initializers, which some targets compile to a property definition per object).
  constructor(ref: CalendarDay, ctx: ScanContext, match: TokenMatch, state: ScanState) {
    this.ref = ref;
    this.previous = state.previous;
    this.ctx = ctx;
    this.match = match;
    this.state = state;
    this.usedStory = false;
    this.usedSpeech = false;
  }
  // With no tense cue, `prefer` decides: news → undefined (the nearest occurrence).
  tense(): TenseReading | undefined {
    const tense = detectTense(this.ctx, this.match.first, this.match.last);
    // An imperfect with no tense ("present") leaves the choice open like no cue at all.
    if ((tense !== undefined && tense !== "present") || this.state.prefer === "news") return tense;
    return this.state.prefer;
  }
  narrativeAnchor(): Anchor | undefined {
    const s = this.state;
    const story = narrativeAnchor(this.ctx, this.match.first, s.previous, s.previousEnd, s.previousWritten, this.ref);
    if (story) this.usedStory = true;
    return story;
  }
  monthBefore(): Anchor | undefined {
    return monthBefore(this.ctx, this.match.first, this.state.previous, this.state.previousEnd);
  }
  speechDay(): CalendarDay | undefined {
    // Every speech day needs the expression inside a quotation: one walk back to its mark.
    const q = openerBefore(this.ctx, this.match.first);
    if (q < 0) return undefined;
    const s = this.state;
    const speech = quotedSpeech(this.ctx, q, s.previous, s.previousEnd, s.speech);
    if (speech) s.speech = speech;
    const day =
      speech?.day ??
      attributedDay(this.ctx, this.match.first, this.ref, s) ??
      continuedSpeech(this.ctx, q, s.lastDay, s.lastDayStart, s.lastDayEnd);
    if (day) this.usedSpeech = true;
    return day;
  }
}

/**
 * "«نجتمع اليوم»، قال الوزير أمس": the day of an attribution after the quotation, parsed where
 * resolve/speech-day.ts finds it and resolved like any mention (a day grain only: أمس، a
 * weekday, a date).
 */
function attributedDay(ctx: ScanContext, first: number, ref: CalendarDay, state: ScanState): CalendarDay | undefined {
  const k = attributionDayAt(ctx, first);
  if (k < 0) return undefined;
  const m = parseExpressionAt(ctx, k);
  if (!m || m.rejected === true || m.first !== k) return undefined;
  const e = m.expr;
  const dayLike =
    (e.kind === "relative-day" && e.offset <= 0 && !e.anaphora) ||
    (e.kind === "weekday" && e.direction !== 1 && e.week === undefined) ||
    (e.kind === "calendar" && e.day !== undefined);
  if (!dayLike) return undefined;
  const r = resolveExpression(e, new MatchEnv(ref, ctx, m, state));
  const a = r?.anchor;
  if (r?.grain !== "day" || a?.month === undefined || a.day === undefined) return undefined;
  return { year: a.year, month: a.month, day: a.day };
}

/** What carries over from one match (and one window) to the next. */
interface ScanState {
  previous: Anchor | undefined;
  /** Where the mention that set `previous` ends (normalized offset), -1 before any. */
  previousEnd: number;
  /** Whether that mention's year was written (not taken from ref or an earlier date). */
  previousWritten: boolean;
  /** The last day mentioned, not taken from a speech, and where its mention starts and ends. */
  lastDay: Anchor | undefined;
  lastDayStart: number;
  lastDayEnd: number;
  /** The last quotation whose speech day was found (its relative days all take that day). */
  speech: QuotedSpeech | undefined;
  prefer: DatePreference;
  /**
   * Mentions of a named month, and for each whether its year was the nearest by default
   * (resolve/document-year.ts); made on first use. Kept as two arrays: the map the document
   * pass reads is built only when some year was guessed.
   */
  namedMonths: DateMention[] | undefined;
  guessedYears: boolean[] | undefined;
  /** How many of them had their year guessed (the document pass runs only when some did). */
  monthGuesses: number;
}

// Options are read as own properties: a polluted Object.prototype changes nothing.
function ownOption<K extends keyof DateOptions>(options: DateOptions, key: K): DateOptions[K] | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}

/** Resolves one match and appends its mention (when it resolves inside the year window). */
function emit(ctx: ScanContext, m: TokenMatch, ref: CalendarDay, state: ScanState, mentions: DateMention[]): void {
  const env = new MatchEnv(ref, ctx, m, state);
  const resolved = resolveExpression(m.expr, env);
  if (!resolved || !inYearWindow(resolved.value, resolved.grain)) return;
  const [start, end] = originalSpan(ctx, m);
  const mention: DateMention = {
    text: ctx.source.slice(start, end),
    start,
    end,
    value: resolved.value,
    grain: resolved.grain,
    calendar: resolved.calendar,
    relative: resolved.relative,
  };
  if (resolved.mod) mention.mod = resolved.mod;
  if (resolved.conflict) mention.conflict = resolved.conflict;
  mentions.push(mention);
  if (resolved.yearBasis !== undefined) {
    const guessed = resolved.yearBasis === "guessed";
    state.namedMonths ??= [];
    state.guessedYears ??= [];
    state.namedMonths.push(mention);
    state.guessedYears.push(guessed);
    if (guessed) state.monthGuesses++;
  }
  if (resolved.anchor) {
    state.previous = resolved.anchor;
    state.previousEnd = ctx.tokens[m.last]!.end;
    state.previousWritten = !resolved.relative || env.usedStory;
    // The last day mentioned (not taken from a speech), which a continued quotation may take
    // when a verb of saying dated it ("وأضاف: «…»"); checked only then, so the scan pays nothing.
    // A day inside a quotation ("قال: «… من 14 إلى 16 أيلول»") dates what was said, not the speech.
    if (resolved.anchor.day !== undefined && !env.usedSpeech && !insideSpeech(ctx, m.first)) {
      state.lastDay = resolved.anchor;
      state.lastDayStart = ctx.tokens[m.first]!.start;
      state.lastDayEnd = state.previousEnd;
    }
  }
}

/** Scans start positions from..to-1 of the window; returns where the next window resumes (≥ to). */
function scanWindow(
  ctx: ScanContext,
  from: number,
  to: number,
  ref: CalendarDay,
  state: ScanState,
  mentions: DateMention[],
): number {
  let i = from;
  for (; i < to; i++) {
    // Most tokens start no rule: skip them without the call (parseExpressionAt asks again).
    if (startMask(ctx, i) === 0) continue;
    const m = parseExpressionAt(ctx, i);
    if (!m) continue;
    if (m.rejected) {
      i = m.last;
      continue;
    }
    i = m.last;
    if (m.expr.kind === "list") {
      // Coordinated dates: one mention per item, each resolved on its own span.
      for (const item of m.expr.items) emit(ctx, { ...item }, ref, state, mentions);
    } else emit(ctx, m, ref, state, mentions);
  }
  return i;
}

/**
 * Finds every date expression in an Arabic text and resolves it against `ref` (the
 * publication date). Accepts any string up to `MAX_INPUT_LENGTH` units and never throws on
 * it, or a document from `prepareText` (its normalized text is reused). Throws a `CstoError`
 * only for misuse: a non-string text (`INVALID_INPUT`), a longer one (`INPUT_TOO_LARGE`), an
 * invalid `ref` or `zone`.
 */
export function findDates(text: string | PreparedText, options: DateOptions): DateMention[] {
  let search: SearchText | undefined;
  let source: string;
  if (typeof text === "string") {
    source = checkTextInput(text, "findDates");
  } else {
    const prepared = readPrepared(text, "findDates");
    source = prepared.document.text;
    search = { text: prepared.document.normalized, map: prepared.internals.map };
  }
  if (options === null || typeof options !== "object") {
    throw new CstoError("INVALID_OPTION", "findDates needs an options object with a `ref`");
  }
  const ref = readReference(ownOption(options, "ref"), ownOption(options, "zone") ?? "UTC");
  const prefer = ownOption(options, "prefer") ?? "news";
  if (prefer !== "news" && prefer !== "past" && prefer !== "future") {
    throw new CstoError("INVALID_OPTION", `prefer must be "news", "past" or "future", got ${JSON.stringify(prefer)}`);
  }
  if (source.length === 0) return [];
  return scanText(source, ref, STEP, prefer, search);
}

/**
 * The scan behind findDates, `step` start positions per window, over `search` when the
 * caller already has the search-normalized text. Exported so tests can check that tiny
 * windows find exactly what one whole-text window finds.
 */
export function scanText(
  text: string,
  ref: CalendarDay,
  step: number,
  prefer: DatePreference = "news",
  search?: SearchText,
): DateMention[] {
  const scan = search === undefined ? toScanText(text) : scanTextOf(search);
  const mentions: DateMention[] = [];
  const state: ScanState = {
    previous: undefined,
    previousEnd: -1,
    previousWritten: false,
    lastDay: undefined,
    lastDayStart: -1,
    lastDayEnd: -1,
    speech: undefined,
    prefer,
    namedMonths: undefined,
    guessedYears: undefined,
    monthGuesses: 0,
  };
  const cursor: TokenCursor = { scan, pos: 0, spaced: true };
  let window: DateToken[] = [];
  let base = 0; // index in the whole token stream of window[0]
  let next = 0; // stream index of the next start position to scan
  let exhausted = false;
  for (;;) {
    const from = next - base;
    if (!exhausted) exhausted = readTokens(cursor, window, from + step + CONTEXT - window.length);
    if (from >= window.length) break;
    const to = exhausted ? window.length : from + step;
    const ctx = createScanContext(text, scan.map, window);
    next = base + scanWindow(ctx, from, to, ref, state, mentions);
    releaseScanContext(ctx);
    // Slide only when more tokens are to be read: a text that fits one window is never copied.
    const drop = exhausted ? 0 : next - CONTEXT - base;
    if (drop > 0) {
      window = window.slice(drop);
      base += drop;
    }
  }
  releaseScanText(scan);
  const named = state.namedMonths;
  const guessed = state.guessedYears;
  if (state.monthGuesses > 0 && named !== undefined && guessed !== undefined) {
    const namedMonths = new Map<DateMention, boolean>();
    for (let k = 0; k < named.length; k++) namedMonths.set(named[k]!, guessed[k]!);
    agreeOnYears(namedMonths);
  }
  return mentions;
}
