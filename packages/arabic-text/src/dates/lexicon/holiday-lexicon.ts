import { toSearchText } from "../search-text.js";

/** When a named day falls. */
export type HolidayRule =
  | { calendar: "hijri"; month: number; day: number }
  | { calendar: "gregorian"; month: number; day: number; orthodox?: { month: number; day: number } }
  | { calendar: "easter" };

export interface HolidayName {
  words: string[];
  rule: HolidayRule;
}

let cache: Map<string, HolidayName[]> | undefined;

// Fixed days as observed in the region: Victory Day is 9 May in the CIS; Orthodox Christmas
// (Russia, Belarus, Georgia…) is 7 January; Hijri feasts follow Umm al-Qura.
const HOLIDAYS: [string[], HolidayRule][] = [
  [["عيد الفطر", "عيد الفطر المبارك", "عيد الفطر السعيد"], { calendar: "hijri", month: 10, day: 1 }],
  [["عيد الأضحى", "عيد الأضحى المبارك", "عيد الاضحى"], { calendar: "hijri", month: 12, day: 10 }],
  [["يوم عرفة", "وقفة عرفة"], { calendar: "hijri", month: 12, day: 9 }],
  [["رأس السنة الهجرية", "السنة الهجرية الجديدة"], { calendar: "hijri", month: 1, day: 1 }],
  [["المولد النبوي", "المولد النبوي الشريف", "ذكرى المولد النبوي"], { calendar: "hijri", month: 3, day: 12 }],
  [["عاشوراء", "يوم عاشوراء"], { calendar: "hijri", month: 1, day: 10 }],
  [
    ["عيد الميلاد", "عيد الميلاد المجيد"],
    { calendar: "gregorian", month: 12, day: 25, orthodox: { month: 1, day: 7 } },
  ],
  [["رأس السنة الميلادية", "رأس السنة", "رأس السنة الجديدة"], { calendar: "gregorian", month: 1, day: 1 }],
  [["عيد الفصح", "عيد القيامة"], { calendar: "easter" }],
  [["يوم النصر", "عيد النصر"], { calendar: "gregorian", month: 5, day: 9 }],
  [["عيد العمال", "يوم العمال"], { calendar: "gregorian", month: 5, day: 1 }],
];

/** Named days indexed by their first normalized word, longest first. Built once. */
export function holidayLexicon(): Map<string, HolidayName[]> {
  if (cache) return cache;
  const byFirst = new Map<string, HolidayName[]>();
  for (const [names, rule] of HOLIDAYS) {
    for (const name of names) {
      const words = toSearchText(name).text.split(" ");
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, rule });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache = byFirst;
  return byFirst;
}
