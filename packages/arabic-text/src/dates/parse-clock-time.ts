import type { ClockTime } from "./date-expression.js";
import { lazy } from "./lazy.js";
import {
  glued,
  isPunctAt,
  lookupWord,
  numberAt,
  type ScanContext,
  type TokenMatch,
  wordAt,
  wordIs,
} from "./scan-context.js";

const hourWords = lazy(
  () =>
    new Map(
      [
        "الواحده",
        "الثانيه",
        "الثالثه",
        "الرابعه",
        "الخامسه",
        "السادسه",
        "السابعه",
        "الثامنه",
        "التاسعه",
        "العاشره",
      ].map((w, i) => [w, i + 1] as const),
    ),
);
const hourNoun = lazy(() => new Map([["الساعه", true as const]]));

function hourAt(
  ctx: ScanContext,
  i: number,
  withNoun: boolean,
): { hour: number; minute?: number; last: number } | undefined {
  const n = numberAt(ctx, i);
  if (n && n.digits <= 2 && n.value <= 24) {
    // "22:30", and "18.30" after الساعة.
    const sep = isPunctAt(ctx, i + 1, ":") || (withNoun && isPunctAt(ctx, i + 1, "."));
    if (sep && glued(ctx, i + 1) && glued(ctx, i + 2) && numberAt(ctx, i + 2)?.digits === 2) {
      const m = numberAt(ctx, i + 2);
      if (m && m.digits === 2 && m.value < 60) return { hour: n.value, minute: m.value, last: i + 2 };
      return undefined;
    }
    return { hour: n.value, last: i };
  }
  const w = wordAt(ctx, i);
  if (w === undefined) return undefined;
  if ((w === "الحاديه" || w === "الثانيه") && wordIs(ctx, i + 1, ["عشره", "عشر"])) {
    return { hour: w === "الحاديه" ? 11 : 12, last: i + 1 };
  }
  const h = hourWords().get(w);
  return h === undefined ? undefined : { hour: h, last: i };
}

/** Minutes after an hour: والنصف، والربع، إلا ربعا، و10 دقائق. */
function minutesAt(ctx: ScanContext, i: number): { minute: number; last: number } | undefined {
  const w = wordAt(ctx, i);
  if (w === "والنصف") return { minute: 30, last: i };
  if (w === "والربع") return { minute: 15, last: i };
  if (w === "والثلث") return { minute: 20, last: i };
  if (w === "الا" && wordIs(ctx, i + 1, ["ربعا", "ربع"])) return { minute: -15, last: i + 1 };
  if (w === "و") {
    const n = numberAt(ctx, i + 1);
    if (n && n.value < 60 && wordIs(ctx, i + 2, ["دقيقه", "دقائق"])) return { minute: n.value, last: i + 2 };
  }
  return undefined;
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

function applyQualifier(hour: number, q: "am" | "pm" | "noon" | "night" | undefined): number {
  if (q === "am") return hour === 12 ? 0 : hour;
  if (q === "pm") return hour < 12 ? hour + 12 : hour;
  if (q === "noon") return hour < 6 ? hour + 12 : hour;
  if (q === "night") return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  return hour;
}

/**
 * A clock time: "الساعة العاشرة صباحا", "الساعة 10:30", "22:30", "الثامنة والنصف مساء".
 * Digits alone need the colon form; words need "الساعة" or a qualifier (صباحا/مساء).
 */
export function parseClockTime(ctx: ScanContext, i: number): TokenMatch | undefined {
  const noun = lookupWord(ctx, i, hourNoun(), true);
  const k = noun ? i + 1 : i;
  const midnight = wordAt(ctx, k) === "منتصف" && wordIs(ctx, k + 1, ["الليل", "النهار"]);
  const h = midnight
    ? { hour: wordAt(ctx, k + 1) === "الليل" ? 0 : 12, minute: 0, last: k + 1 }
    : hourAt(ctx, k, noun !== undefined);
  if (!h) return undefined;
  let minute = h.minute ?? 0;
  let last = h.last;
  const mins = h.minute === undefined ? minutesAt(ctx, last + 1) : undefined;
  if (mins) {
    minute = mins.minute;
    last = mins.last;
  }
  let q: "am" | "pm" | "noon" | "night" | undefined = lookupWord(ctx, last + 1, ctx.words.clockQualifiers)?.value;
  const suffix = h.minute === undefined ? undefined : meridiemAt(ctx, last + 1);
  if (q) last++;
  else if (suffix) {
    // "03:52PM", "3:52 م", "10:30 ص": a 12-hour clock with its half of the day.
    q = suffix;
    last++;
  } else if (wordAt(ctx, last + 1) === "بعد" && wordIs(ctx, last + 2, ["الظهر", "الظهيره"])) {
    // "الواحدة بعد الظهر"
    q = "pm";
    last += 2;
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
  if (!noun && !q && h.minute === undefined && !midnight && !(dayPartFollows && ctx.tokens[k]?.kind === "word")) {
    return undefined;
  }
  let hour = applyQualifier(h.hour, q);
  if (minute < 0) {
    hour = (hour + 23) % 24;
    minute += 60;
  }
  if (hour > 23) return undefined;
  const time: ClockTime = { hour, minute };
  return { expr: { kind: "time", time }, first: i, last, prefix: noun?.prefix ?? 0 };
}
