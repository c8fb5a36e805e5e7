// Throughput of linkEntities on a generated Arabic corpus (≥ 2 MB, deterministic), with
// normalize's throughput on the same text as the in-run baseline.
//
//   npm run bench -w @csto/queries
import { normalize } from "@csto/arabic-text";
import { linkEntities } from "@csto/queries";

// Our own news-like sentences; {x} slots are filled from the lists below.
const templates = [
  "وأكد الرئيس {adj} {person} خلال القمة المنعقدة في {city} أن منظمة معاهدة الأمن الجماعي ستعزز قدراتها.",
  "وصل {person} إلى {city} للمشاركة في اجتماع مجلس الأمن الجماعي يوم الخميس المقبل.",
  "وقال المتحدث باسم الكرملين إن موسكو ترحب بمبادرة {country} بشأن التعاون العسكري حتى عام 2030.",
  "وبحث الوزراء {adjPlural} مع نظرائهم من {country} وللاتحاد الروسي ملفات الحدود والطاقة والنقل.",
  "ولم يحضر ممثل {country} الجلسة، فيما أعلنت الحكومة أنها ستدرس الوثائق لاحقاً.",
  "وذكرت وكالة الأنباء أن الأمطار الغزيرة أدت إلى إغلاق عدد من الطرق في المنطقة الجبلية.",
];
const persons = [
  "فلاديمير بوتين",
  "ألكسندر لوكاشينكو",
  "قاسم جومارت توكاييف",
  "صدير جاباروف",
  "إمام علي رحمن",
  "نيكول باشينيان",
  "شوكت ميرضيائيف",
];
const cities = ["بيشكيك", "موسكو", "مينسك", "أستانا", "دوشنبه", "يريفان", "نور سلطان"];
const countries = ["روسيا", "بيلاروسيا", "كازاخستان", "قرغيزستان", "طاجيكستان", "أرمينيا", "أوزبكستان"];
const adjectives = ["الروسي", "البيلاروسي", "الكازاخستاني", "القرغيزي", "الطاجيكي", "الأرميني"];
const plurals = ["الروس", "الكازاخ", "الطاجيك", "الأرمن"];
// Noise the linker must see through: tatweel, harakat, ZWNJ, bidi marks, Egyptian ى.
const noise = ["", "", "", "ـ", "\u064E", "\u200C", "\u200F"];

function generateCorpus(minBytes: number): string {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = (list: readonly string[]) => list[next(list.length)]!;
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    let sentence = pick(templates)
      .replace("{person}", pick(persons))
      .replace("{city}", pick(cities))
      .replace("{country}", pick(countries))
      .replace("{adjPlural}", pick(plurals))
      .replace("{adj}", pick(adjectives));
    const at = next(sentence.length);
    sentence = sentence.slice(0, at) + pick(noise) + sentence.slice(at);
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence) + 1;
  }
  return parts.join("\n");
}

function throughput(label: string, text: string, run: (text: string) => unknown): number {
  run(text.slice(0, 10_000)); // warm-up, builds lazy tables
  const megabytes = Buffer.byteLength(text) / 1e6;
  const rounds = 3;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    run(text);
    best = Math.min(best, performance.now() - started);
  }
  const rate = megabytes / (best / 1000);
  console.log(`${label.padEnd(14)} ${megabytes.toFixed(2)} MB in ${best.toFixed(0)} ms  →  ${rate.toFixed(1)} MB/s`);
  return rate;
}

const corpus = generateCorpus(2.5e6);
const mentions = linkEntities(corpus).length;
const normalizeRate = throughput("normalize", corpus, (text) => normalize(text));
const linkRate = throughput("linkEntities", corpus, linkEntities);
console.log(`${mentions} mentions; linkEntities runs at ${(linkRate / normalizeRate).toFixed(2)}× normalize's speed`);
