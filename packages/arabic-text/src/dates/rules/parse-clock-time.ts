import { parseArabicNumber } from "../../numbers/parse-arabic-number.js";
import type { ClockTime } from "../date-expression.js";
import type { DateRule } from "../date-rule.js";
import { relativeDayExpr } from "../expression-shapes.js";
import { lazyWordSet } from "../lazy.js";
import {
  type DayHalf,
  dayPartPhrases,
  hourJoiners,
  hourNouns,
  hourWords,
  magnitudeWords,
  minutePhrases,
  percentWords,
} from "../lexicon/clock-words.js";
import { notBeforeVerb } from "../resolve/tense.js";
import {
  glued,
  isPunctAt,
  lookupWord,
  matchPhrase,
  numberAt,
  type ScanContext,
  type TokenMatch,
  wordAt,
  wordIs,
} from "../scan-context.js";

function hourAt(
  ctx: ScanContext,
  i: number,
  withNoun: boolean,
  wa: boolean,
):
  | {
      hour: number;
      minute?: number;
      second?: number;
      last: number;
      word: "ordinal" | "spoken" | undefined;
      prefix: number;
    }
  | undefined {
  const n = numberAt(ctx, i);
  if (n && n.digits <= 2 && n.value <= 24) {
    // "22:30", and "18.30" after الساعة.
    const sep = isPunctAt(ctx, i + 1, ":") || (withNoun && isPunctAt(ctx, i + 1, "."));
    if (sep && glued(ctx, i + 1) && glued(ctx, i + 2) && numberAt(ctx, i + 2)?.digits === 2) {
      const m = numberAt(ctx, i + 2);
      if (m?.digits !== 2 || m.value >= 60) return undefined;
      // "15:23:24": seconds after a glued colon (the same separator as the minutes).
      if (isPunctAt(ctx, i + 3, ctx.tokens[i + 1]!.text) && glued(ctx, i + 3) && glued(ctx, i + 4)) {
        const s = numberAt(ctx, i + 4);
        if (s?.digits === 2 && s.value < 60) {
          return { hour: n.value, minute: m.value, second: s.value, last: i + 4, word: undefined, prefix: 0 };
        }
        return undefined;
      }
      return { hour: n.value, minute: m.value, last: i + 2, word: undefined, prefix: 0 };
    }
    // "فاز 4-2 مساء أمس": a bare number glued after "N-" with N not below it is the second
    // half of a score, not an hour (a range of hours goes up: "8-10 مساء").
    if (!withNoun && glued(ctx, i) && glued(ctx, i - 1) && isPunctAt(ctx, i - 1, "-–")) {
      const before = numberAt(ctx, i - 2);
      if (before !== undefined && before.value >= n.value) return undefined;
    }
    return { hour: n.value, last: i, word: undefined, prefix: 0 };
  }
  // The second end of "بين الساعة الثانية والسادسة": the hour word may carry و.
  const h = matchPhrase(ctx, i, hourWords(), wa);
  if (!h || (h.prefix !== 0 && (h.prefix !== 1 || wordAt(ctx, i)![0] !== "و"))) return undefined;
  return {
    hour: h.entry.value.hour,
    last: h.last,
    word: h.entry.value.ordinal ? "ordinal" : "spoken",
    prefix: h.prefix,
  };
}

/** Minutes after an hour: a fraction or round minutes from the table, or "و N دقيقة" / "وخمسة وعشرين دقيقة". */
function minutesAt(ctx: ScanContext, i: number): { minute: number; last: number } | undefined {
  const phrase = matchPhrase(ctx, i, minutePhrases(), false);
  // "و" + digits + دقيقة ("و 10 دقائق", "و10 دقائق").
  const w = wordAt(ctx, i);
  // "إلا 5", "إلا 10 دقائق": digits before the hour.
  if (w === "الا") {
    const n = numberAt(ctx, i + 1);
    if (n && n.value > 0 && n.value < 60 && n.digits <= 2) {
      const unit = wordIs(ctx, i + 2, ["دقيقه", "دقائق"]);
      return { minute: -n.value, last: unit ? i + 2 : i + 1 };
    }
  }
  if (w === "و") {
    const n = numberAt(ctx, i + 1);
    if (n && n.value < 60 && wordIs(ctx, i + 2, ["دقيقه", "دقائق"])) return { minute: n.value, last: i + 2 };
  }
  // Minutes in words before دقيقة: "وخمس وعشرين دقيقة", "وسبع دقائق".
  if (w !== undefined && w.length > 2 && w[0] === "و") {
    for (let k = i; k <= i + 2 && ctx.tokens[k]?.kind === "word"; k++) {
      if (wordIs(ctx, k + 1, ["دقيقه", "دقائق"])) {
        let words = w.slice(1);
        for (let j = i + 1; j <= k; j++) words += ` ${ctx.tokens[j]!.text}`;
        const value = parseArabicNumber(words) ?? ctx.words.counts.get(words);
        if (value !== undefined && Number.isInteger(value) && value > 0 && value < 60) {
          if (!phrase || k + 1 > phrase.last) return { minute: value, last: k + 1 };
        }
        break;
      }
    }
  }
  return phrase ? { minute: phrase.entry.value, last: phrase.last } : undefined;
}

/**
 * The half-of-day mark of a digit clock: am/pm (glued or not) or the one-letter Arabic ص/م,
 * which count only right after "hh:mm" (elsewhere م is the Gregorian year mark).
 */
function meridiemAt(ctx: ScanContext, i: number): "am" | "pm" | undefined {
  const w = wordAt(ctx, i)?.toLowerCase();
  if (w === "am" || w === "ص") return "am";
  if (w === "pm" || w === "م") return "pm";
  return undefined;
}

/** A part-of-day phrase at token i (صباحا، بعد الظهر، بالليل، قبل المغرب …), clitics allowed on its first word. */
export function dayHalfAt(ctx: ScanContext, i: number): { half: DayHalf; last: number; tonight: boolean } | undefined {
  const m = matchPhrase(ctx, i, dayPartPhrases(), true);
  if (!m) return undefined;
  const lastWord = m.entry.words[m.entry.words.length - 1];
  return { half: m.entry.value, last: m.last, tonight: lastWord === "الليله" || lastWord === "هالليله" };
}

/** Moves a 12-hour clock hour into 24-hour time for its part of the day. */
export function applyDayHalf(hour: number, q: DayHalf | undefined): number {
  if (q === "am") return hour === 12 ? 0 : hour;
  if (q === "pm") return hour < 12 ? hour + 12 : hour;
  if (q === "noon") return hour < 6 ? hour + 12 : hour;
  if (q === "night") return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  return hour;
}

/** The hour noun at token i ("الساعة", "بالساعة", "عالساعة"). */
function hourNounAt(ctx: ScanContext, i: number): { prefix: number } | undefined {
  return lookupWord(ctx, i, hourNouns(), true);
}

/**
 * A clock time: "الساعة العاشرة صباحا", "الساعة 10:30", "22:30", "الثامنة والنصف مساء",
 * "الساعة تلاتة ونص بعد الضهر", "9 إلا ربع بالليل". Digits alone need the colon form or a
 * part of the day; words need الساعة, a part of the day, or minutes after them. A time
 * followed by "الليلة" (tonight) is dated today.
 */
export function parseClockTime(ctx: ScanContext, i: number): TokenMatch | undefined {
  return clockAt(ctx, i, false);
}

/**
 * The second end of a clock range after بين ("بين الساعة السابعة والتاسعة صباحا"): the hour
 * word may carry the و that joins it, and an hour in ordinal words stands on its own, as the
 * first end already said it is a time.
 */
export function parseClockRangeEnd(ctx: ScanContext, i: number): TokenMatch | undefined {
  return clockAt(ctx, i, true);
}

function clockAt(ctx: ScanContext, i: number, rangeEnd: boolean): TokenMatch | undefined {
  const noun = hourNounAt(ctx, i);
  const k = noun ? i + 1 : i;
  // "منتصف الليل" and the spoken "نص الليل".
  const midnight = (wordAt(ctx, k) === "منتصف" || wordAt(ctx, k) === "نص") && wordIs(ctx, k + 1, ["الليل", "النهار"]);
  const h = midnight
    ? { hour: wordAt(ctx, k + 1) === "الليل" ? 0 : 12, minute: 0, last: k + 1, word: "ordinal" as const, prefix: 0 }
    : hourAt(ctx, k, noun !== undefined, rangeEnd && !noun);
  if (!h) return undefined;
  if (midnight && !noun && midnightQualifies(ctx, i - 1)) return undefined;
  let minute = h.minute ?? 0;
  let last = h.last;
  const mins = h.minute === undefined && !midnight ? minutesAt(ctx, last + 1) : undefined;
  if (mins) {
    minute = mins.minute;
    last = mins.last;
  }
  // "نحو سبعة آلاف عسكري", "ثلاثة ونصف مليون": a number before a word of magnitude is a count.
  if (h.minute === undefined && !midnight && lookupWord(ctx, last + 1, magnitudeWords(), false)) return undefined;
  // "بنحو عشرة في المئة", "خمسة بالمائة": a number before a word of percent is a share.
  if (h.minute === undefined && !midnight && percentAt(ctx, last + 1)) return undefined;
  let q: DayHalf | undefined;
  let tonight = false;
  const half = midnight ? undefined : dayHalfAt(ctx, last + 1);
  const suffix = h.minute === undefined ? undefined : meridiemAt(ctx, last + 1);
  if (half) {
    q = half.half;
    tonight = half.tonight;
    last = half.last;
  } else if (suffix) {
    // "03:52PM", "3:52 م", "10:30 ص": a 12-hour clock with its half of the day.
    q = suffix;
    last++;
  } else if (noun && wordIs(ctx, last + 1, ["العشاء", "العشا"])) {
    // "الساعة 8 العشاء": the evening prayer as a part of the day, like "بعد العشاء"; only after
    // الساعة, as "في الثامنة العشاء" may be a meal served at eight.
    q = "night";
    last++;
  } else if (
    wordAt(ctx, last + 1) === "بعد" &&
    wordAt(ctx, last + 2) === "منتصف" &&
    wordAt(ctx, last + 3) === "الليل"
  ) {
    // "الواحدة بعد منتصف الليل"
    q = "am";
    last += 3;
  }
  // "العاشرة من صباح اليوم": the day part after من fixes the half of the day (attach-time).
  const dayPartFollows = wordAt(ctx, last + 1) === "من" && ctx.words.dayParts.has(wordAt(ctx, last + 2) ?? "");
  // "على تمانية" for a spoken hour; "في تمام العاشرة" (on the dot) for any hour word.
  const joined =
    (h.word === "spoken" && lookupWord(ctx, i - 1, hourJoiners(), true) !== undefined) ||
    (h.word !== undefined && wordAt(ctx, i - 1) === "تمام");
  const enabled =
    noun ||
    q ||
    h.minute !== undefined ||
    midnight ||
    (joined && !countedNounAt(ctx, last + 1)) ||
    (h.word === "ordinal" && (mins || dayPartFollows || rangeEnd));
  if (!enabled) return undefined;
  let hour = applyDayHalf(h.hour, q);
  if (minute < 0) {
    hour = (hour + 23) % 24;
    minute += 60;
  }
  if (hour > 23) return undefined;
  const fixed = q !== undefined || midnight || hour === 0 || hour > 12;
  const time: ClockTime = fixed ? { hour, minute, fixed } : { hour, minute };
  if (h.second !== undefined) time.second = h.second;
  const prefix = noun?.prefix ?? h.prefix;
  if (tonight) return { expr: relativeDayExpr({ kind: "relative-day", offset: 0, time }), first: i, last, prefix };
  return { expr: { kind: "time", time }, first: i, last, prefix };
}

// Indefinite nouns in ة that stand before "منتصف الليل" as adverbs of time, not as its head.
const timeAdverbs = lazyWordSet(["قرابه", "غايه", "ساعه", "لحظه"]);
// Masculine heads of "منتصف الليل" as a qualifier ("قطار منتصف الليل", "ضيف منتصف الليل").
const midnightHeads = lazyWordSet(["قطار", "ضيف", "زائر", "قداس"]);
const DEFINITE = /^[وف]?(?:ال|لل|بال|كال)/;

/**
 * Token k, right before "منتصف الليل", is an indefinite noun that takes it as its qualifier
 * ("فكرة منتصف الليل" a midnight idea, "قطار منتصف الليل"): a noun in ة (no verb ends in ة;
 * the original letter is read, as the search form writes ة as ه), not an adverb of time
 * ("قرابة منتصف الليل"), or one of a few masculine heads. Such a phrase dates nothing.
 */
function midnightQualifies(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || DEFINITE.test(t.text)) return false;
  if (lookupWord(ctx, k, midnightHeads(), true)) return true;
  return ctx.source[ctx.map[t.end - 1] ?? -1] === "ة" && !lookupWord(ctx, k, timeAdverbs(), true);
}

// Places that may follow a spoken hour besides prepositions ("على تمانية قدام المحطة").
const afterHour = lazyWordSet(["قدام", "امام", "جنب", "ورا"]);

/**
 * An indefinite noun at k counts the number before it ("صادق أمس على عشرة قرارات"، "نحو عشرة
 * جنود"): على/نحو + a number is then a count, not an hour. A definite word ("بالضبط"), an
 * adverb in tanween alif ("تقريبا") or a preposition after the number leaves the hour.
 */
function countedNounAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word") return false;
  const w = t.text;
  return !DEFINITE.test(w) && !w.endsWith("ا") && !afterHour().has(w) && !notBeforeVerb().has(w);
}

/** Whether a word of percent starts at `k`: في المئة، في المائة، بالمئة، بالمائة. */
function percentAt(ctx: ScanContext, k: number): boolean {
  const percent = percentWords();
  if (lookupWord(ctx, k, percent, true)?.prefix) return true;
  return wordIs(ctx, k, ["في"]) && lookupWord(ctx, k + 1, percent, false) !== undefined;
}

/** The clock starts on its own lexicon's first words (hours, the hour noun) and on منتصف/نص. */
export const clockTimeRule: DateRule = {
  name: "clockTime",
  startWords: () => ["منتصف", "نص", ...hourWords().keys(), ...hourNouns().keys()],
  parse: parseClockTime,
};
