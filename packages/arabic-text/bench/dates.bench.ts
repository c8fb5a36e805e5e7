// Throughput of findDates on a generated ≥ 1 MB corpus of Arabic news-like text, next to
// chrono-node's Arabic parser on the same paragraphs in the same run; then a linearity check
// on adversarial repetitions (50 KB vs 200 KB: the time ratio must stay under 6).
// Run: npx tsx --conditions=@csto/source bench/dates.bench.ts

import { findDates } from "@csto/arabic-text";
import * as chrono from "chrono-node";

// Our own fragments (no sentences copied from anywhere); the generator strings them together.
const heads = [
  "أكد الرئيس",
  "أعلن الكرملين",
  "قال وزير الدفاع",
  "أشار الأمين العام للمنظمة",
  "ذكرت وكالة الأنباء",
  "صرح المتحدث الرسمي",
];
const dates = [
  "في 27 نوفمبر 2025",
  "أمس الأربعاء",
  "يوم الخميس 27 نوفمبر/تشرين الثاني 2025",
  "الجمعة المقبلة",
  "العام الماضي",
  "مطلع العام المقبل",
  "في 15/05/2022",
  "منتصف فبراير الماضي",
  "بين عامي 2021 و2025",
  "خلال التسعينيات",
  "في الأول من رمضان 1446 هـ",
  "صباح اليوم",
  "قبل ثلاثة أيام",
  "في 3 جويلية 2024",
  "الساعة العاشرة صباحا",
];
const tails = [
  "أن التعاون العسكري بين الدول الأعضاء يتعزز",
  "أن القمة المقبلة ستناقش أمن الحدود",
  "أن التدريبات المشتركة جرت بنجاح في آسيا الوسطى",
  "أن الرأي العام يتابع تطورات الأزمة في القوقاز",
  "أن 1500 جندي شاركوا في المناورات وفق القرار 12",
  "أن المنظمة تعمل على تحديث منظومة الدفاع الجوي",
];

function corpus(minBytes: number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  while (size < minBytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 8; s++) {
      sentences.push(`${heads[next(heads.length)]} ${dates[next(dates.length)]} ${tails[next(tails.length)]}.`);
    }
    const p = sentences.join(" ");
    paragraphs.push(p);
    size += Buffer.byteLength(p, "utf8");
  }
  return paragraphs;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const paragraphs = corpus(1_100_000);
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0);
const ref = "2025-11-27";
const refDate = new Date("2025-11-27T12:00:00Z");

// Warm-up so both run JIT-compiled code.
for (const p of paragraphs.slice(0, 50)) {
  findDates(p, { ref });
  chrono.ar.parse(p, refDate);
}
let ourCount = 0;
let chronoCount = 0;
// Best of three passes each, interleaved, so both run warm and neither pays for the other's GC.
let ours = Number.POSITIVE_INFINITY;
let theirs = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < 3; pass++) {
  ourCount = 0;
  chronoCount = 0;
  ours = Math.min(
    ours,
    time(() => {
      for (const p of paragraphs) ourCount += findDates(p, { ref }).length;
    }),
  );
  theirs = Math.min(
    theirs,
    time(() => {
      for (const p of paragraphs) chronoCount += chrono.ar.parse(p, refDate).length;
    }),
  );
}
const mb = bytes / 1_000_000;
console.log(`corpus: ${mb.toFixed(2)} MB in ${paragraphs.length} paragraphs`);
console.log("| parser | MB/s | mentions |");
console.log("|---|---:|---:|");
console.log(`| findDates | ${(mb / (ours / 1000)).toFixed(2)} | ${ourCount} |`);
console.log(`| chrono-node (ar) | ${(mb / (theirs / 1000)).toFixed(2)} | ${chronoCount} |`);
console.log(`speed ratio findDates / chrono-node: ${(theirs / ours).toFixed(1)}×`);

// Linearity: 4× the input must cost < 6× the time.
const adversarial = [
  "1",
  "في 1 ",
  "نوفمبر ",
  "2025 ",
  "12345678901234567890 ",
  "من 1 إلى ",
  "الأول من ",
  "-1/1.",
  "عام ",
];
let worst = 0;
for (const unit of adversarial) {
  const small = unit.repeat(Math.ceil(50_000 / unit.length));
  const large = unit.repeat(Math.ceil(200_000 / unit.length));
  findDates(small, { ref });
  findDates(large, { ref });
  const best = (text: string) => Math.min(...[0, 1, 2, 3, 4, 5].map(() => time(() => findDates(text, { ref }))));
  const tSmall = best(small);
  const tLarge = best(large);
  const ratio = tLarge / Math.max(tSmall, 0.01);
  worst = Math.max(worst, ratio);
  console.log(
    `linearity "${unit.trim()}": 50 KB ${tSmall.toFixed(1)} ms, 200 KB ${tLarge.toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
  );
}
console.log(`worst 4× ratio: ${worst.toFixed(2)} (must be < 6)`);
if (worst >= 6) process.exitCode = 1;
