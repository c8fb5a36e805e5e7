// What a caller gains by scanning a text once: prepareText + findDates + tokenize on the
// prepared document, against findDates and tokenize each given the string, in the same run,
// on a generated corpus of news-like Arabic (our own word lists, ≥ 2 MB).
// Run: npx tsx --conditions=@csto/source bench/prepare-text.bench.ts

import { findDates, prepareText, tokenize } from "@csto/arabic-text";
import { measureAll, mulberry32 } from "./bench-tools.js";

const leads = ["موسكو ـ", "بيشكيك (وكالات) ـ", "مينسك ـ", "يريفان ـ", "دوشنبه:", "أستانا ـ"];
const verbs = ["أعلن", "أكّد", "قال", "استقبل", "بحث", "وقّع", "شارك", "التقى"];
const subjects = [
  "الرئيسُ الروسيّ فلاديمير بوتين",
  "الأمين العامّ للمنظمة",
  "وزير الخارجية الكازاخستاني",
  "رئيس الوزراء الأرميني",
  "الكرملين",
  "وزراءُ دفاع الدول الأعضاء",
];
const objects = [
  "اتفاقيةً للتعاون العسكري",
  "ملفّ الحدود المشتركة",
  "نظيره القرغيزي",
  "مشروع الموازنة الجديدة",
  "خطّة قوات حفظ السلام",
  "بيانًا ختاميًا من ١٢ بندًا",
];
const dates = [
  "يوم الخميس ٢٧ نوفمبر ٢٠٢٥",
  "أمس",
  "في 14 يونيو/حزيران 2024",
  "مطلع العام المقبل",
  "الأسبوع الماضي",
  "في الأول من رمضان ١٤٤٦ هـ",
  "غداً",
  "منذ عام 2002",
];
const fillers = [
  "في إطار",
  "على هامش",
  "بحضور ممثلين عن",
  "وفق ما نقلته وكالة الأنباء",
  "خلال",
  "القمّة",
  "للمنظمة",
  "المنعقدة",
  "وأضاف أن",
  "التعاون",
  "الأمني",
  "والاقتصادي",
];
const noise = ["", "", "", "", "\u0640", "\u200f", "\u00a0", "\u064e"];

function generateCorpus(targetBytes: number): string[] {
  const random = mulberry32(20251204);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    let article = `${pick(leads)} `;
    const sentences = 8 + Math.floor(random() * 16);
    for (let s = 0; s < sentences; s++) {
      const words = [pick(verbs), pick(subjects), pick(objects)];
      for (let k = 2 + Math.floor(random() * 8); k > 0; k--) words.push(pick(fillers));
      if (random() < 0.6) words.splice(1 + Math.floor(random() * words.length), 0, pick(dates));
      article += `${words.map((w) => w + pick(noise)).join(" ")}${random() < 0.8 ? "." : "،"} `;
    }
    // A flat string, as fetch or readFile give (a rope built by += would measure flattening).
    articles.push(Buffer.from(article, "utf8").toString("utf8"));
    bytes += Buffer.byteLength(article, "utf8");
  }
  return articles;
}

const articles = generateCorpus(2.2e6);
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article, "utf8"), 0);
const ref = { ref: "2025-11-28" };

// Same answers either way, or the comparison means nothing.
for (const article of articles.slice(0, 50)) {
  const doc = prepareText(article);
  if (JSON.stringify(findDates(doc, ref)) !== JSON.stringify(findDates(article, ref))) throw new Error("dates differ");
  if (JSON.stringify(tokenize(doc)) !== JSON.stringify(tokenize(article))) throw new Error("tokens differ");
}

const candidates: [string, (text: string) => unknown][] = [
  ["findDates(string)", (text) => findDates(text, ref)],
  ["tokenize(string)", (text) => tokenize(text)],
  ["findDates + tokenize, each from the string (baseline)", (text) => [findDates(text, ref), tokenize(text)]],
  ["prepareText", (text) => prepareText(text)],
  [
    "prepareText once + findDates(doc) + tokenize(doc)",
    (text) => {
      const doc = prepareText(text);
      return [findDates(doc, ref), tokenize(doc)];
    },
  ],
  [
    "prepareText once + findDates(doc) + doc.tokens",
    (text) => {
      const doc = prepareText(text);
      return [findDates(doc, ref), doc.tokens];
    },
  ],
];
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB UTF-8`);
const times = measureAll(articles, candidates, { batchSize: 8, rounds: 12 });
const baseline = times[2]!;
console.log("| candidate | MB/s | time ÷ baseline |\n|---|---:|---:|");
candidates.forEach(([name], k) => {
  const ms = times[k]!;
  console.log(`| ${name} | ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} | ${(ms / baseline).toFixed(2)} |`);
});
