// Throughput of normalize / normalizeWithMap / tokenize on a generated ≥ 4 MB corpus of
// Arabic news-like text with the noise real pages carry, next to two baselines measured in
// the same run: a naive chain of String.replace regexes doing the same folds, and the npm
// package arabic-text-normalizer. Run: npx tsx --conditions=@csto/source bench/normalize.bench.ts

import { normalize, normalizeWithMap, tokenize } from "@csto/arabic-text";
import { normalize as packageNormalize } from "arabic-text-normalizer";
import { measureAll, mulberry32 } from "./bench-tools.js";

// Our own word lists (no sentences copied from anywhere); the generator strings them together.
const subjects = [
  "الرئيس الروسي فلاديمير بوتين",
  "الرئيس البيلاروسي ألكسندر لوكاشينكو",
  "رئيس الوزراء الأرميني نيكول باشينيان",
  "الرئيس الكازاخستاني قاسم جومارت توكاييف",
  "الرئيس القرغيزي صدر جاباروف",
  "الرئيس الطاجيكي إمام علي رحمن",
  "الأمين العام للمنظمة",
  "وزير الخارجية الروسي",
  "وزراء دفاع الدول الأعضاء",
  "الكرملين",
  "المتحدث باسم الكرملين",
  "منظمة معاهدة الأمن الجماعي",
  "مجلس الأمن الجماعي",
  "قادة الدول الأعضاء",
  "الوفد الأرميني",
  "وكالة تاس",
];
const verbs = [
  "أكد",
  "أعلن",
  "قال",
  "أشار إلى",
  "بحث",
  "ناقش",
  "وقع",
  "شدد على",
  "دعا إلى",
  "رحب ب",
  "أوضح",
  "اعتبر",
  "استقبل",
  "التقى",
  "ترأس",
  "افتتح",
  "اختتم",
];
const objects = [
  "تعزيز التعاون العسكري",
  "الوضع في آسيا الوسطى",
  "أمن الحدود الطاجيكية الأفغانية",
  "قوات حفظ السلام",
  "التدريبات المشتركة",
  "مكافحة الإرهاب والتطرف",
  "الاتفاقية الجديدة",
  "خطة العمل للعام المقبل",
  "القمة المقبلة في بيشكيك",
  "الأزمة في جنوب القوقاز",
  "تجميد مشاركة أرمينيا",
  "الرئاسة الدورية للمنظمة",
  "بيان مشترك",
  "منظومة الدفاع الجوي الموحدة",
  "قوات الرد السريع الجماعية",
  "الأمن الإقليمي والدولي",
];
const places = [
  "موسكو",
  "مينسك",
  "يريفان",
  "أستانا",
  "بيشكيك",
  "دوشنبه",
  "طشقند",
  "باكو",
  "سوتشي",
  "سانت بطرسبورغ",
  "ألماتي",
];
const months = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
  "تشرين الثاني",
  "كانون الأول",
];
const fillers = [
  "في",
  "من",
  "على",
  "إلى",
  "مع",
  "خلال",
  "بعد",
  "قبل",
  "أن",
  "التي",
  "الذي",
  "هذه",
  "كما",
  "وفي",
  "حيث",
  "عن",
  "المنظمة",
  "الجانبين",
  "البلدين",
  "المشاركين",
  "الاجتماع",
  "الاجتماعات",
  "القمة",
  "الدورة",
  "الجلسة",
  "المحادثات",
  "مستوى",
  "العلاقات",
  "الثنائية",
  "الاستراتيجية",
  "مسؤولية",
  "مشتركة",
  "الحلفاء",
  "المنطقة",
  "الجماعي",
  "الأمن",
  "الدولي",
  "الإقليمي",
  "الاتحاد",
  "الروسي",
  "روسيا",
  "بيلاروسيا",
  "أرمينيا",
  "كازاخستان",
  "قرغيزستان",
  "طاجيكستان",
  "مستشفى",
  "مبنى",
  "مدى",
  "لدى",
  "سوى",
  "إحدى",
  "كبرى",
  "أخرى",
  "الأولى",
  "الكبرى",
];
const latin = ["CSTO", "(TASS)", "RIA Novosti", "Reuters", "NATO", "S-400", "COVID-19", "Kremlin.ru", "ОДКБ"];
const harakat = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u064c", "\u064d"];
// Isolated presentation forms of a few letters, as copied out of old PDFs.
const presentation: Record<string, string> = {
  ا: "\ufe8d",
  ل: "\ufedd",
  م: "\ufee1",
  ن: "\ufee5",
  ي: "\ufef1",
  ر: "\ufead",
  ه: "\ufee9",
  ب: "\ufe8f",
};

function generateCorpus(targetBytes: number): string[] {
  const random = mulberry32(20251127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const digits = (n: number): string => {
    const style = random();
    const ascii = String(n);
    if (style < 0.5) return ascii;
    const zero = style < 0.9 ? 0x0660 : 0x06f0;
    return ascii.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
  };
  const noisy = (word: string): string => {
    let w = word;
    const r = random();
    if (r < 0.08) w = [...w].map((ch) => (random() < 0.5 ? ch + pick(harakat) : ch)).join("");
    else if (r < 0.1) w = w.length > 3 ? w[0] + "\u0640\u0640" + w.slice(1) : w;
    else if (r < 0.13 && w.endsWith("ي")) w = w.slice(0, -1) + "ى";
    else if (r < 0.15) w = w.replace(/ي/g, "ی").replace(/ك/g, "ک");
    else if (r < 0.16)
      w = [...w]
        .map((ch) => presentation[ch] ?? ch)
        .join("")
        .replace("\ufedd\ufe8d", "\ufefb");
    else if (r < 0.17) w = w.replace("أ", "ا\u0654").replace("إ", "ا\u0655");
    else if (r < 0.18) w = "\u200f" + w;
    return w;
  };
  const sentence = (): string => {
    const words: string[] = [pick(verbs), pick(subjects), pick(objects)];
    const extra = 4 + Math.floor(random() * 14);
    for (let k = 0; k < extra; k++) words.push(pick(fillers));
    if (random() < 0.5)
      words.push(
        "في",
        pick(places),
        digits(1 + Math.floor(random() * 28)),
        pick(months),
        digits(1992 + Math.floor(random() * 34)),
      );
    if (random() < 0.15) words.push(pick(latin));
    const glue = () => (random() < 0.04 ? "\u00a0" : random() < 0.02 ? "  " : " ");
    let text = "";
    for (let k = 0; k < words.length; k++)
      text += (k === 0 ? "" : k % 7 === 0 ? "،" + glue() : glue()) + noisy(words[k]!);
    return text + (random() < 0.9 ? "." : ":");
  };
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    let article =
      pick(places) + " \u0640 " + digits(1 + Math.floor(random() * 28)) + " " + pick(months) + " (وكالات)\n";
    const paragraphs = 3 + Math.floor(random() * 6);
    for (let p = 0; p < paragraphs; p++) {
      const sentences = 2 + Math.floor(random() * 4);
      for (let s = 0; s < sentences; s++) article += sentence() + " ";
      article += "\n\n";
    }
    // Real input (fetch, readFile) is a flat string; a rope built by += would measure V8's
    // flattening instead. A UTF-8 round trip gives a flat copy.
    articles.push(Buffer.from(article, "utf8").toString("utf8"));
    bytes += Buffer.byteLength(article, "utf8");
  }
  return articles;
}

/** The same folds as the search profile, written the obvious way: one regex pass per fold. */
function naiveSearch(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: a class of invisible format characters on purpose
      .replace(/[\u0640\u061c\u200b\u200d-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, "")
      .replace(/\u0627\u0653/g, "\u0622")
      .replace(/\u0627\u0654/g, "\u0623")
      .replace(/\u0627\u0655/g, "\u0625")
      .replace(/\u0648\u0654/g, "\u0624")
      .replace(/[\u064a\u0649]\u0654/g, "\u0626")
      .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/g, "")
      .replace(/[\ufb50-\ufdff\ufe70-\ufefe]/g, (c) => c.normalize("NFKC"))
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064a")
      .replace(/\u0629/g, "\u0647")
      .replace(/[\u06cc\u06d0\u06cd]/g, "\u064a")
      .replace(/\u06a9/g, "\u0643")
      .replace(/[\u06d5\u06c0\u06c1]/g, "\u0647")
      .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0630))
      .replace(/[\u06f0-\u06f9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06c0))
      .toLowerCase()
      .replace(/\u200c/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

const articles = generateCorpus(4.2e6);
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article, "utf8"), 0);
const units = articles.reduce((sum, article) => sum + article.length, 0);
console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${units} UTF-16 units`);
const agreeing = articles.filter((article) => naiveSearch(article) === normalize(article, "search")).length;
console.log(`naive chain agrees with search on ${agreeing}/${articles.length} articles\n`);

const candidates = [
  ["baseline: naive String.replace chain", naiveSearch],
  ["baseline: arabic-text-normalizer", (text: string) => packageNormalize(text)],
  ["normalize(display)", (text: string) => normalize(text, "display")],
  ["normalize(search)", (text: string) => normalize(text, "search")],
  ["normalizeWithMap(search)", (text: string) => normalizeWithMap(text, "search")],
  ["tokenize", tokenize],
] as const;
const rates = measureAll(articles, candidates, { batchSize: 16, rounds: 20 }).map((ms) => bytes / 1e6 / (ms / 1000));
for (const [index, [name]] of candidates.entries()) {
  console.log(`${name.padEnd(38)} ${rates[index]!.toFixed(1).padStart(7)} MB/s`);
}
const [naive, npmPackage, display, search, withMap, tokens] = rates as [number, number, number, number, number, number];
console.log("");
console.log(`search / naive            ${(search / naive).toFixed(1)}x  (goal >= 8x)`);
console.log(`normalizeWithMap / naive  ${(withMap / naive).toFixed(1)}x  (goal >= 5x)`);
console.log(`display / naive           ${(display / naive).toFixed(1)}x`);
console.log(`search / arabic-text-normalizer  ${(search / npmPackage).toFixed(1)}x`);
console.log(`tokenize / naive          ${(tokens / naive).toFixed(1)}x`);
