import { lazy, lazyWordSet } from "../lazy.js";
import { wordTable } from "../lexicon/phrase-table.js";
import { lookupWord, type ScanContext, wordAt } from "../scan-context.js";
import type { Anchor } from "./resolve-types.js";
import { isClauseBreakAt, isReportingVerbAt, isSentenceEnd, isSpeechWordAt } from "./tense.js";
import type { CalendarDay } from "./umm-al-qura.js";

/** A quotation whose speech day is known: where its opening mark is (normalized offset) and the day. */
export interface QuotedSpeech {
  opener: number;
  day: CalendarDay;
}

const SENTENCE_END = ".؟?!؛;\n";
// Quotation marks in two families. Arabic pages type them in either direction ("”…“" as often
// as "“…”", "»…«" now and then) and use the low „ too, so no mark is an opener by its shape: a
// mark opens when an even number of marks of its family stand before it in its sentence.
const GUILLEMETS = "«»";
const TWO_WAY = '"“”„';
const QUOTE_MARKS = GUILLEMETS + TWO_WAY;
const OPENERS = `${QUOTE_MARKS}:`;
// How far back a quoted relative day may stand from the opening mark, and the speaker's
// clause from the mark: news quotes and attributions are short; beyond these, nothing is read.
const QUOTE_REACH = 30;
const SPEAKER_REACH = 10;

/**
 * The token index of the mark that opens the quotation token `first` stands in, or -1: a quote
 * mark that opens (see `opensQuoteAt`) or a colon after a word, with no sentence end and no
 * closing mark between.
 */
export function openerBefore(ctx: ScanContext, first: number): number {
  if (!hasQuotes(ctx)) return -1;
  for (let k = first - 1; k >= 0 && k >= first - QUOTE_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "punct") continue;
    if (SENTENCE_END.includes(t.text)) return -1;
    if (!OPENERS.includes(t.text)) continue;
    if (t.text === ":") return ctx.tokens[k - 1]?.kind === "word" ? k : -1;
    return opensQuoteAt(ctx, k) ? k : -1;
  }
  return -1;
}

// One pass over the window's tokens, the first time a speech day is asked for: most texts
// quote nobody, and their relative days then need no walk at all.
function hasQuotes(ctx: ScanContext): boolean {
  if (ctx.quotes < 0) {
    ctx.quotes = 0;
    const tokens = ctx.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== "punct" || !OPENERS.includes(t.text)) continue;
      // A colon opens a quotation only after a word ("قال:"), never inside a clock ("22:30").
      if (t.text !== ":" || tokens[k - 1]?.kind === "word") {
        ctx.quotes = 1;
        break;
      }
    }
  }
  return ctx.quotes === 1;
}

/** The quote mark at token q opens a quotation: an even number of its family's marks before it in the sentence. */
function opensQuoteAt(ctx: ScanContext, q: number): boolean {
  const family = GUILLEMETS.includes(ctx.tokens[q]!.text) ? GUILLEMETS : TWO_WAY;
  let n = 0;
  for (let k = q - 1; k >= 0 && k >= q - 2 * QUOTE_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "punct") continue;
    if (SENTENCE_END.includes(t.text)) break;
    if (family.includes(t.text)) n++;
  }
  return n % 2 === 0;
}

/** Token k is a quote mark that closes a quotation. */
function closesQuoteAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === "punct" && QUOTE_MARKS.includes(t.text) && !opensQuoteAt(ctx, k);
}

// How far back from the opening mark the day of the speech may end (a whole speaker's clause:
// "وقال الوزير، في مقابلة أجريت معه الثلاثاء، إن …، مضيفا: «…»"), and how far a word naming the
// speech may stand before that day.
const DAY_REACH = 40;
const SPOKEN_REACH = 10;

/**
 * The speech day of the quotation a relative day word stands in: "وقال الوزير أمس: «نجتمع
 * اليوم»" — the minister spoke yesterday, so his "today" is yesterday. Read only when the
 * speech day is explicit in the same sentence: the previous date mention (a day) ends before
 * the opening mark in that sentence (40 tokens), a word naming the speech dates it (see
 * spokenDay), and the mark opens a quotation (a colon, or a word of saying in the ten words
 * before it). `q` is the opening mark (openerBefore), `previousEnd` the normalized offset
 * where that mention ends, `memo` the last quotation found, so every relative day of one
 * quotation takes the same day.
 */
export function quotedSpeech(
  ctx: ScanContext,
  q: number,
  previous: Anchor | undefined,
  previousEnd: number,
  memo: QuotedSpeech | undefined,
): QuotedSpeech | undefined {
  const at = ctx.tokens[q]!.start;
  if (memo?.opener === at) return memo;
  if (previous?.day === undefined || previous.month === undefined || previousEnd > at) return undefined;
  if (!opensSpeech(ctx, q)) return undefined;
  const day = { year: previous.year, month: previous.month, day: previous.day };
  for (let k = q - 1; k >= 0 && k >= q - DAY_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.end <= previousEnd) return spokenDay(ctx, k) ? { opener: at, day } : undefined;
    if (t.kind !== "punct") continue;
    if (SENTENCE_END.includes(t.text)) return atDatedEvent(ctx, k, q, previousEnd) ? { opener: at, day } : undefined;
    if (QUOTE_MARKS.includes(t.text)) return undefined;
  }
  return undefined;
}

// Nouns of an event a speech is given at (a summit, a meeting, a session, a conference, a forum).
const eventNouns = lazy(() =>
  wordTable([[true, ["قمة", "القمة", "اجتماع", "الاجتماع", "جلسة", "الجلسة", "مؤتمر", "المؤتمر", "منتدى", "المنتدى"]]]),
);
// Words that place a speech at the event: before it, during it, in it.
const atWords = lazy(() => wordTable([[true, ["أمام", "خلال", "في", "وفي", "ضمن"]]]));
// How far back the sentence that dates the event may begin before the speaker's sentence.
const EVENT_SENTENCE_REACH = 60;

/**
 * The speech before the quotation opened at `q` is given at an event the sentence just before
 * dated ("قمة عقدت أمس الخميس … . وقال الرئيس في كلمته أمام القمة: «اليوم …»"): the speaker's
 * sentence (after the sentence end at `end`) places the speech at the event (أمام/خلال/في +
 * an event noun, or an event noun after ل/ب: "المؤتمر الصحفي الختامي للقمة"), and the previous
 * sentence holds the last day mention (ending at `previousEnd`) and an event noun too. A
 * speech after the event (عقب القمة) or a statement not placed at it keeps the publication day.
 */
function atDatedEvent(ctx: ScanContext, end: number, q: number, previousEnd: number): boolean {
  if (!eventInSpeakerClause(ctx, end + 1, q)) return false;
  // One walk back over the previous sentence: it must hold the day mention and an event noun,
  // in either order.
  let event = false;
  let dated = false;
  for (let k = end - 1; k >= 0 && k >= end - EVENT_SENTENCE_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      if (SENTENCE_END.includes(t.text)) break;
      continue;
    }
    if (t.kind === "word" && lookupWord(ctx, k, eventNouns(), true) !== undefined) event = true;
    if (t.start < previousEnd) dated = true;
  }
  return event && dated;
}

/** Whether tokens [from, to) place the speech at an event: أمام/خلال/في + an event noun, or one with ل/ب. */
function eventInSpeakerClause(ctx: ScanContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.kind !== "word") continue;
    const noun = lookupWord(ctx, k, eventNouns(), true);
    if (noun === undefined) continue;
    const word = wordAt(ctx, k)!;
    const proclitic = word.slice(0, noun.prefix);
    if (proclitic.endsWith("ل") || proclitic.endsWith("ب") || proclitic.endsWith("لل")) return true;
    if (k > from && lookupWord(ctx, k - 1, atWords()) !== undefined) return true;
  }
  return false;
}

/** The mark q opens a speech: it is a colon or follows one, or a word of saying stands in the ten words before it. */
function opensSpeech(ctx: ScanContext, q: number): boolean {
  if (ctx.tokens[q]!.text === ":" || ctx.tokens[q - 1]?.text === ":") return true;
  return speakerBefore(ctx, q);
}

/**
 * Token `first` stands inside a quotation that someone speaks: after an opening quote mark, or
 * after a colon with a word of saying before it in the ten words ("وقال الوزير أمس: …", not the
 * dateline "يريفان: قال …").
 */
export function insideSpeech(ctx: ScanContext, first: number): boolean {
  const q = openerBefore(ctx, first);
  return q >= 0 && (ctx.tokens[q]!.text !== ":" || speakerBefore(ctx, q));
}

function speakerBefore(ctx: ScanContext, q: number): boolean {
  for (let k = q - 1, words = 0; k >= 0 && words < SPEAKER_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      if (SENTENCE_END.includes(t.text) || QUOTE_MARKS.includes(t.text)) return false;
      continue;
    }
    if (isSpeechWordAt(ctx, k)) return true;
    words++;
  }
  return false;
}

/**
 * The day mention ending at token `end` dates a speech: a word naming it (a verb of saying,
 * قائلا/مضيفا, or a noun such as مقابلة، تصريحات، مؤتمر صحفي) stands before it in its clause,
 * within ten words and with no إن/أن or relative pronoun between ("في مقابلة أجريت معه
 * الثلاثاء"; not "قال إن اللقاء الذي عقد الأحد …"), or a verb of saying follows it within two
 * words ("وفي اجتماع أمس، قال الوزير").
 */
function spokenDay(ctx: ScanContext, end: number): boolean {
  for (let k = end - 1, words = 0; k >= 0 && words < SPOKEN_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      // A name in quotation marks ("في حديث لـ«الشرق الأوسط» الأربعاء") is read through.
      const named = closesQuoteAt(ctx, k) ? nameOpener(ctx, k) : -1;
      if (named >= 0) {
        k = named;
        continue;
      }
      if (SENTENCE_END.includes(t.text) || QUOTE_MARKS.includes(t.text)) break;
      continue;
    }
    if (isClauseBreakAt(ctx, k)) break;
    if (isSpeechWordAt(ctx, k)) return true;
    words++;
  }
  for (let k = end + 1, words = 0; k < ctx.tokens.length && words < 2; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      if (t.text === "،" || t.text === ",") continue;
      return false;
    }
    if (isReportingVerbAt(ctx, k)) return true;
    words++;
  }
  return false;
}

/** The mark that opens the short quoted name (one to four words) closed at token `close`, or -1. */
function nameOpener(ctx: ScanContext, close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - 5; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "punct") continue;
    return QUOTE_MARKS.includes(t.text) && k < close - 1 && opensQuoteAt(ctx, k) ? k : -1;
  }
  return -1;
}

// How far after the closing mark the verb of saying and the day of the attribution may stand.
const VERB_AFTER = 2;
const DAY_AFTER = 6;

/**
 * For a relative day inside a quotation attributed after it ("«نجتمع اليوم»، قال الوزير أمس"):
 * the token where the attribution's day begins, or -1. The closing mark must follow within the
 * sentence, a verb of saying within two words after it, and a day word (أمس، a weekday, a
 * digit) within six words after the verb, with no sentence end or quote mark between. The
 * caller parses and resolves the day found there.
 */
export function attributionDayAt(ctx: ScanContext, first: number): number {
  let close = -1;
  for (let k = first + 1; k < ctx.tokens.length && k <= first + QUOTE_REACH; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "punct") continue;
    if (SENTENCE_END.includes(t.text)) return -1;
    if (QUOTE_MARKS.includes(t.text)) {
      if (opensQuoteAt(ctx, k)) return -1;
      close = k;
      break;
    }
  }
  if (close < 0) return -1;
  let verb = -1;
  for (let k = close + 1, words = 0; k < ctx.tokens.length && words < VERB_AFTER; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      if (t.text === "،" || t.text === ",") continue;
      return -1;
    }
    if (isReportingVerbAt(ctx, k)) {
      verb = k;
      break;
    }
    words++;
  }
  if (verb < 0) return -1;
  for (let k = verb + 1; k < ctx.tokens.length && k <= verb + DAY_AFTER; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      if (SENTENCE_END.includes(t.text) || QUOTE_MARKS.includes(t.text)) return -1;
      continue;
    }
    const w = t.text;
    if (t.kind === "number" || ctx.words.weekdays.has(w) || ctx.words.relativeDays.has(w)) return k;
    // "أول أمس" begins on أول, which is no day word by itself.
    if (w === "اول" && ctx.tokens[k + 1]?.text === "امس") return k;
  }
  return -1;
}

// How far back a verb of saying may stand before the day that dates it ("قال رئيس الوزراء
// الأرميني نيكول باشينيان أمس الأربعاء"), and how far a continued quotation may stand after it.
const SAID_REACH = 30;
const CONTINUE_REACH = 80;
const CONTINUE_SENTENCES = 2;
const CONTINUE_WORDS = 20;

/** True when a verb of saying stands before token `first` in its sentence (30 tokens). */
function isSpokenOn(ctx: ScanContext, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - SAID_REACH; k--) {
    if (isSentenceEnd(ctx, k)) return false;
    if (ctx.tokens[k]!.kind === "word" && isReportingVerbAt(ctx, k)) return true;
  }
  return false;
}

// Verbs that carry a speech on ("وأضاف:", "وتابع"), search-folded, without و/ف.
const continuing = lazyWordSet("اضاف اضافت اضافوا تابع تابعت اردف اردفت استطرد استطردت ختم ختمت مضي مضت".split(" "));

function isContinuingAt(ctx: ScanContext, k: number): boolean {
  const w = ctx.tokens[k]!.text;
  return continuing().has(w) || ((w[0] === "و" || w[0] === "ف") && continuing().has(w.slice(1)));
}

/**
 * "قال باشينيان أمس الأربعاء إن …. وأضاف: «اليوم لا يوجد لنا ممثل …»": a quotation whose
 * speaker's clause carries the speech on (أضاف، تابع، أردف …) and gives no day of its own takes
 * the day of the speech it continues (`q`: its opening mark): the last day mentioned (`day`, its mention over the
 * normalized offsets start..end), when a verb of saying dated it, no more than two sentences
 * back (the caller keeps it the last day mentioned).
 */
export function continuedSpeech(
  ctx: ScanContext,
  q: number,
  day: Anchor | undefined,
  start: number,
  end: number,
): CalendarDay | undefined {
  if (day?.day === undefined || day.month === undefined) return undefined;
  let carried = false;
  // The carrying verb usually opens the sentence ("وأضاف أن القمة المقبلة … ، وأن «…»").
  for (let k = q - 1, words = 0; k >= 0 && words < CONTINUE_WORDS; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") {
      if (SENTENCE_END.includes(t.text) || QUOTE_MARKS.includes(t.text)) break;
      continue;
    }
    if (isContinuingAt(ctx, k)) {
      carried = true;
      break;
    }
    words++;
  }
  if (!carried) return undefined;
  let sentences = 0;
  for (let k = q - 1; k >= 0 && k >= q - CONTINUE_REACH; k--) {
    if (ctx.tokens[k]!.end <= end) {
      // k is in the day's mention: find its first token and the verb of saying before it.
      let f = k;
      while (f > 0 && ctx.tokens[f]!.start > start) f--;
      // Dated by a verb of saying before it, or by a word of speech in its clause ("وفي
      // مقابلة أجريت معه الثلاثاء، أكد الوزير أن … . وأضاف: «…»").
      if (!isSpokenOn(ctx, f) && !spokenDay(ctx, k)) return undefined;
      return { year: day.year, month: day.month, day: day.day };
    }
    if (isSentenceEnd(ctx, k) && ++sentences > CONTINUE_SENTENCES) return undefined;
  }
  return undefined;
}
