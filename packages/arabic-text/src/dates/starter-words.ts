import type { DateWords } from "./date-words.js";
import { dateWords } from "./date-words.js";
import { holidayLexicon } from "./holiday-lexicon.js";
import { lazy } from "./lazy.js";
import { monthLexicon } from "./month-lexicon.js";
import type { ScanContext } from "./scan-context.js";

/** The parsers of parse-expression.ts, by the bit used in start masks. */
export const PARSER_BITS = {
  range: 1 << 0,
  weekday: 1 << 1,
  dayPart: 1 << 2,
  numericDate: 1 << 3,
  dayMonth: 1 << 4,
  subYear: 1 << 5,
  partOfPeriod: 1 << 6,
  monthYear: 1 << 7,
  holiday: 1 << 8,
  year: 1 << 9,
  relativeDay: 1 << 10,
  relativePeriod: 1 << 11,
  ago: 1 << 12,
  decade: 1 << 13,
  century: 1 << 14,
  clockTime: 1 << 15,
  duration: 1 << 16,
} as const;

const B = PARSER_BITS;
/** Parsers that may start on a digit run. */
export const NUMBER_MASK = B.range | B.numericDate | B.dayMonth | B.year | B.clockTime | B.duration;

const split = (s: string) => s.split(" ");

/** word → the parsers that can start on it, built once from every table. */
const startMasks = lazy(() => {
  const masks = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) masks.set(w, (masks.get(w) ?? 0) | bit);
  };
  const w: DateWords = dateWords();
  add(split("من بين عامي سنتي يومي شهري الفتره"), B.range);
  add([...w.weekdays.keys(), "يوم"], B.weekday);
  add(w.dayParts, B.dayPart);
  add([...split("ال غره فاتح مستهل العشرين العشرون الثلاثين الثلاثون"), ...w.ordinals.keys()], B.dayMonth);
  add(split("النصف الربع"), B.subYear);
  add(w.parts.keys(), B.partOfPeriod);
  add([...monthLexicon().keys(), "شهر"], B.monthYear);
  add(holidayLexicon().keys(), B.holiday);
  add(split("عام العام سنه السنه"), B.year);
  add([...w.relativeDays.keys(), "يوم", "اول", "بعد"], B.relativeDay);
  add([...w.periodNouns.keys(), "هذا", "هذه", "نفس"], B.relativePeriod);
  add(split("قبل بعد"), B.ago);
  add(w.decades.keys(), B.decade);
  add(["القرن"], B.century);
  add(
    split("منتصف الساعه الحاديه الواحده الثانيه الثالثه الرابعه الخامسه السادسه السابعه الثامنه التاسعه العاشره"),
    B.clockTime,
  );
  add([...w.units.keys(), ...w.counts.keys()], B.duration);
  return masks;
});

function maskOf(word: string): number {
  return startMasks().get(word) ?? 0;
}

/**
 * Which parsers may start at token i: digits start the numeric ones; a word starts those
 * listing one of its clitic readings ("وبالأمس" → الأمس), plus the duration parser when a
 * unit word follows within three tokens (a count in words: "ثلاثين عاما"). Most words of a
 * text get 0 here, which keeps the scan fast. Allocation-free.
 */
export function startMask(ctx: ScanContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.kind === "punct") return 0;
  if (t.kind === "number") return NUMBER_MASK;
  const text = t.text;
  let mask = maskOf(text);
  const c0 = text[0];
  if (text.length > 2 && (c0 === "و" || c0 === "ف")) {
    mask |= maskOf(text.slice(1));
    const c1 = text[1];
    if (text.length > 3 && (c1 === "ب" || c1 === "ل" || c1 === "ك")) {
      mask |= maskOf(text.slice(2));
      if (c1 === "ل" && text[2] === "ل") mask |= maskOf(`ا${text.slice(2)}`);
    }
  } else if (text.length > 2 && (c0 === "ب" || c0 === "ل" || c0 === "ك")) {
    mask |= maskOf(text.slice(1));
    if (c0 === "ل" && text[1] === "ل") mask |= maskOf(`ا${text.slice(1)}`);
  }
  if (!(mask & B.duration)) {
    const units = ctx.words.units;
    for (let k = i + 1; k <= i + 3; k++) {
      const n = ctx.tokens[k];
      if (n?.kind !== "word") break;
      if (units.has(n.text)) {
        mask |= B.duration;
        break;
      }
    }
  }
  return mask;
}
