import type { DateToken } from "../date-tokens.js";
import { lazy, lazyWordSet } from "../lazy.js";
import { eventHeads } from "../lexicon/event-heads.js";
import { cliticForms, isPunctAt, lookupWord, type ScanContext } from "../scan-context.js";
import { endsInAlefMaqsura, masculinePerfectAt } from "./masculine-perfect.js";

export type Tense = "past" | "future";
/**
 * What the detector reads around a date: a tense, or "present" when an imperfect verb with no
 * tense of its own governs the date ("يلتقي الفريق نظيره الخميس"): a bare weekday then points
 * to the coming day, any other date to the nearest occurrence; "dateline" for a wire
 * dateline's date, the nearest occurrence whatever the text says.
 */
export type TenseReading = Tense | "present" | "dateline";

// Future markers of news prose: سوف، سـ + present verb, من المقرر/المنتظر/المتوقع، يعتزم …
const futureWords = lazyWordSet(
  (
    "سوف المقرر المفترض المنتظر المتوقع المرتقب المرتقبه المزمع يعتزم تعتزم يعتزمون تخطط يخطط ينتظر يتوقع تستضيف يستضيف " +
    "تعقد يعقد تنعقد ينعقد تبدا يبدا تنطلق ينطلق تتولي يتولي تتسلم يتسلم تتراس يترس يتراس تجري يجري تقام يقام " +
    "ستكون سيكون المقبل المقبله القادم القادمه لاحقا يزور تزور سيتم " +
    // Spoken future particles: Levantine رح، Maghrebi غادي، and the coming days' words.
    "رح غادي غاديه غادين الجاي الجايه الياي"
  ).split(" "),
);
// Frequent past verbs of news prose (perfect tense), and past markers.
const pastWords = lazyWordSet(
  (
    "قال قالت اعلن اعلنت اكد اكدت عقد عقدت انعقد انعقدت جري جرت وقع وقعت شهد شهدت زار زارت التقي التقت استضاف " +
    "استضافت اختتم اختتمت افتتح افتتحت اجري اجرت بحث بحثت ناقش ناقشت اقر اقرت صادق صادقت اعتمد اعتمدت انطلق " +
    "انطلقت بدا بدات انتهي انتهت تولي تولت تسلم تسلمت استلم استلمت اصدر اصدرت نشر نشرت كان كانت اشار اشارت " +
    "اوضح اوضحت صرح صرحت اتفق اتفقت وافق وافقت انضم انضمت انسحب انسحبت جمد جمدت علق علقت وصل وصلت غادر غادرت " +
    "توفي قتل اندلع اندلعت ذكر ذكرت افاد افادت اضاف اضافت شارك شاركت تراس تراست حضر حضرت اجتمع اجتمعت عين عينت " +
    "انتخب انتخبت تاسست تاسس اسست سلم سلمت تم اقيمت اقيم نظمت نظم اطلقت اطلق فاز عاد عادت استقبل استقبلت دعا " +
    "دعت حذر حذرت رحب رحبت سبق سبقت الماضي الماضيه المنصرم المنصرمه الفائت سابقا مضي اختار اختارت تبني تبنت " +
    "قدم قدمت طالب طالبت اعرب اعربت جاء جاءت حصل حصلت حدث حدثت وقعا التقيا اجتمعا ادلي عثر عثرت " +
    // Perfects of remaining and of urging: "وظلت الطرق مقطوعة حتى الثلاثاء"، "وحثت المنظمة
    // الأحد الدول …" (a call with its object after the date dates the call itself).
    "نقل نقلت ظل ظلت بقي بقيت حث حثت ناشد ناشدت اوصي اوصت نصح نصحت"
  ).split(" "),
);
// Nouns and names that look like "سـ + present verb" but are not (سيطرة، سنوات، سيدني …).
// Those whose third letter is a bare alef or ي (سياسة، سيارة، ستانيسلاف، ستيفن) need no line:
// futureShape reads them.
const notFuturePrefixes = lazy(() =>
  // Only nouns' own beginnings: a shorter prefix (سيف، سيد، سنو، سنت) would also swallow future
  // verbs (سيفتتح، سيدعم، سنواصل، سنتابع).
  "سيطر سينا سيدات سيدتي سيدنا سيدها سيدهم سنوات سنتين سنتان سنتيم ستون سيول سيبير سيرغ سيرج سيفين سيفان سيفها سيفاس سيدني سنتر سنتيا سنهور سنغ ستوك سينم سيمي سيبران ستراتيج سيكو سيلي سنج سيمف سيرك سنوي ستوديو سيناريو سيرا سيمون سيستان سيباست".split(
    " ",
  ),
);

// Words that begin like "هـ + present verb" but are not (هيئة، هيكل، هناك، هتاف …).
const notSpokenFuture = lazy(() =>
  "هيئ هيك هيم هيا هيج هيل هيث هيو هيب هيد هير هيف هيس هتا هتف هتل هنا هند هنغ هنر هني هنو".split(" "),
);

// Russian and Slavic surnames (سيرديوكوف، سيتنيكوفا، ستانيسلافسكي) look like سـ + an
// imperfect; no Arabic future verb ends like them.
const SURNAME_ENDINGS = ["وف", "وفا", "يفا", "سكي", "سكايا", "يتش", "فيتش"];

function surnameEnding(word: string): boolean {
  return SURNAME_ENDINGS.some((ending) => word.endsWith(ending));
}

// The word's cue codes (kept on WordInfo.tense; 1 none and 4–6 imperfect shapes come from
// imperfectShape): past, future, and a future verb only when the original text writes the
// hamza after its person prefix ("ستأخذ", not "ستانيسلاف").
const PAST = 2;
const FUTURE = 3;
const HAMZA_FUTURE = 7;
const ALEF_PAST = 8;
// A bare فعل shape (three letters, see bareFaal): a perfect only in the contexts cueAt checks.
const BARE_FAAL = 9;

function classify(word: string): number {
  for (const { base } of cliticForms(word)) {
    if (futureWords().has(base)) return FUTURE;
    if (pastWords().has(base)) return PAST;
  }
  // "افتتحته"، "استقبلهم": a listed or alef-form perfect read through its object pronoun.
  for (const { base } of cliticForms(word)) {
    const stem = withoutObject(base);
    if (stem !== undefined && stem !== "كان" && (pastWords().has(stem) || isFemininePerfect(stem))) return PAST;
  }
  const base = word.startsWith("و") || word.startsWith("ف") ? word.slice(1) : word;
  const future = futureShape(base);
  if (future !== 0) return future;
  // Egyptian "هيتجدد"، "هتبدأ"، "هنسافر": هـ + a present-tense prefix is the spoken future.
  if (base.length >= 5 && base[0] === "ه" && "يتن".includes(base[1]!)) {
    if (!notSpokenFuture().some((p) => base.startsWith(p))) return FUTURE;
  }
  if (isFemininePerfect(base) || (base[0] === "ت" && feminineFormVPast(word, base === word ? 0 : 1))) return PAST;
  if (isPluralPerfect(base)) return PAST;
  if (alefFormPerfect(base)) return ALEF_PAST;
  return 0;
}

/**
 * The masculine perfect of the derived forms VII, VIII and X, which begin with a bare alef:
 * انفعل ("انقسم"، "اندلع"), افتعل ("اختلف"، "اعتصم"، and the assimilated اصطدم، ازدهر), استفعل
 * ("استقبل"). No imperfect or verbal noun has this shape (their nouns carry an alef: اختلاف،
 * انقسام); broken plurals and first-person imperfects do (أنشطة، أعتقد) but begin with a written
 * hamza, which cueAt checks in the original text (and a final ي must be a written ى: "انتهى").
 */
function alefFormPerfect(base: string): boolean {
  if (base[0] !== "ا" || base.length < 5 || base.length > 6 || base.endsWith("ه")) return false;
  const shape =
    base.length === 6
      ? base.startsWith("است")
      : base[1] === "ن" ||
        base[2] === "ت" ||
        ("صضطظ".includes(base[1]!) && base[2] === "ط") ||
        ("زد".includes(base[1]!) && base[2] === "د");
  if (!shape || base[1] === "ل") return false;
  // Sound roots only: a long vowel inside is a noun's or a name's (انواع، اندرو), except a final ى.
  for (let c = 1; c < base.length - 1; c++) if ("اوي".includes(base[c]!)) return false;
  return base[base.length - 1] !== "ا" && base[base.length - 1] !== "و";
}

/**
 * Token i's alef-form perfect is written as one: a bare alef in the original text (not أ/إ/آ,
 * which begin broken plurals, names and first-person imperfects), and a final ى where the
 * search form has ي.
 */
function bareAlefPerfect(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const at = t.start + (t.text[0] === "و" || t.text[0] === "ف" ? 1 : 0);
  if (ctx.source[ctx.map[at] ?? -1] !== "ا") return false;
  return !t.text.endsWith("ي") || endsInAlefMaqsura(ctx, i);
}

/**
 * "ستعقد"، "سيزور"، "سنعمل": سـ + a present-tense prefix (ي/ت/ن) + a verb stem of 3+ letters.
 * The first person سأفعل is left out: its folded "سا" begins too many nouns and past verbs
 * (ساعات، ساحة، سابق، ساهم، سافر). No imperfect stem begins with ي or a bare alef (a hamza
 * root keeps its hamza: "ستأخذ"، "سيأتي"), so "ستانيسلاف"، "ستيفن"، "سيارة" are names and nouns;
 * an alef counts only when the original text writes a hamza on it (HAMZA_FUTURE).
 */
function futureShape(base: string): number {
  if (base.length < 5 || base[0] !== "س" || !"يتن".includes(base[1]!) || base[2] === "ي") return 0;
  if (notFuturePrefixes().some((p) => base.startsWith(p)) || surnameEnding(base)) return 0;
  return base[2] === "ا" ? HAMZA_FUTURE : FUTURE;
}

/** The letter after the future verb's person prefix at token i is a hamza in the original text. */
function hamzaAfterPrefix(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const at = t.start + (t.text[0] === "و" || t.text[0] === "ف" ? 3 : 2);
  const c = ctx.source[ctx.map[at] ?? -1];
  return c === "أ" || c === "إ" || c === "آ";
}

// Object pronouns on a verb, longest first ("شيدهما", "شيدهم", "شيدها", "افتتحته").
const OBJECT_PRONOUNS = ["هما", "هم", "هن", "ها", "ه"];

/**
 * The word without an object pronoun ("افتتحته" → "افتتحت", "شيدها" → "شيد"), leaving a stem
 * of three letters or more; a lone ه only after ت, since a final ه may be a folded ة ("نشره").
 */
export function withoutObject(word: string): string | undefined {
  for (const p of OBJECT_PRONOUNS) {
    if (word.length >= p.length + 3 && word.endsWith(p)) {
      const stem = word.slice(0, word.length - p.length);
      return p === "ه" && !stem.endsWith("ت") ? undefined : stem;
    }
  }
  return undefined;
}

/**
 * The plural perfect فعلوا ("اتفقوا"، "هاجموا"، "قالوا"): five letters or more ending in وا. The
 * subjunctive (يتفقوا، لينسحبوا) begins with its person prefix; four-letter nouns in ـوا
 * ("عضوا"، "نموا") are too short.
 */
function isPluralPerfect(base: string): boolean {
  if (base.length < 5 || !base.endsWith("وا")) return false;
  const c = base[0] === "ل" ? base[1] : base[0];
  return c !== "ي" && c !== "ن" && !(base[0] === "ل" && c === "ت");
}

// Nouns of the pattern تفعيت / تفاعت, which look like a feminine past verb (تـ…ـت).
const notPastVerbs = lazyWordSet("توقيت تصويت تثبيت تفتيت تشتيت تبييت تفاوت تابوت تخوت".split(" "));

/**
 * ت + at least three letters + ت from index `from` (after a glued و/ف), not the plural ـات nor
 * a noun of the same shape: the feminine perfect of the تفعّل / تفاعل forms ("توفيت"، "تأسست"،
 * "وتواصلت"), which no imperfect has.
 */
export function feminineFormVPast(w: string, from: number): boolean {
  const n = w.length - from;
  if (n < 5 || w[w.length - 1] !== "ت" || w[w.length - 2] === "ا") return false;
  // Imperfects of stems ending in ت (تلتفت، تستثبت) start with تلت / تست.
  if (w[from + 1] === "س" && w[from + 2] === "ت") return false;
  if (w[from + 2] === "ت") return false;
  return !notPastVerbs().has(from === 0 ? w : w.slice(from));
}

/**
 * The feminine perfect of the derived verb forms that begin with alef (أفعلت، افتعلت، انفعلت،
 * استفعلت: "استمرت"، "اجتمعت"، "انطلقت"، "أسفرت"): alef (not the article) + four or five
 * letters ending in ت. Their nouns end in ات instead (استعدادات، انتخابات).
 */
function isFemininePerfect(base: string): boolean {
  if (base.length < 5 || base.length > 7 || base[0] !== "ا" || base[1] === "ل") return false;
  return base.endsWith("ت") && !base.endsWith("ات") && base !== "انترنت";
}

// Nouns of the imperfect's shape (ي + three letters or more) that stand before dates.
const notImperfect = lazyWordSet(
  "يوم يوما يومي يوميا يومين يومان يومه يومها يوميه يونيو يونيه يوليو يوليه يناير يورو يمين يسار يهود يمني ينبوع".split(
    " ",
  ),
);

/**
 * The shape of an imperfect verb that is no tense cue (يستمر، تستمر، يتواصل): ي + three
 * letters or more, or ت + three letters or more (which verbal nouns share: isImperfectAt
 * checks its context). Code 4 (ت), 6 (وت/فت) or 5 (ي) in the word's cache.
 */
function imperfectShape(word: string): number {
  const base = word.startsWith("و") || word.startsWith("ف") ? word.slice(1) : word;
  // Hollow and doubled imperfects have three letters (يظل، يصل، يمر): with a glued و/ف they
  // are verbs; bare, only where a bare ت- word is (after a definite subject or أن, or opening
  // the sentence: "أن الوفد يصل الثلاثاء").
  if (base.length < 4 && (base.length < 3 || base[0] !== "ي" || notImperfect().has(base))) return 1;
  if (base.length === 3 && base === word) return 4;
  if (base[0] === "ي" && !notImperfect().has(base)) return 5;
  // "وتواصلت"، "تراجعت": ت + three letters or more + ت is the feminine perfect of the
  // تفاعل/تفعّل forms (as parse-since reads it), no imperfect.
  if (base[0] === "ت") return base.length >= 5 && base.endsWith("ت") ? 1 : base === word ? 4 : 6;
  return 1;
}

const CODES: (Tense | undefined)[] = [
  undefined,
  undefined,
  "past",
  "future",
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
];

// Classifies each distinct word once (the cue is kept on its shared information).
function cueAt(ctx: ScanContext, i: number): Tense | undefined {
  const info = ctx.tokens[i]!.info;
  if (info === undefined) return undefined;
  let code = info.tense;
  if (code === 0) {
    code = classify(info.text);
    if (code === 0) code = imperfectShape(info.text);
    if (code === 1 && bareFaal(info.text)) code = BARE_FAAL;
    info.tense = code;
  }
  if (code === HAMZA_FUTURE) return hamzaAfterPrefix(ctx, i) ? "future" : undefined;
  // "اختلف الوزيران"، "وانقسم الحزب": an alef-form perfect written with a bare alef.
  if (code === ALEF_PAST) return bareAlefPerfect(ctx, i) && !afterPreposition(ctx, i) ? "past" : undefined;
  // "توصّل الزعماء الخميس": a ت- word before a masculine subject is a تفعّل/تفاعل perfect.
  if ((code === 4 || code === 6) && masculinePerfectAt(ctx, i)) return "past";
  // "طلاب عثر عليهم الأحد": a bare فعل right before على/عن + a pronoun is a perfect.
  if (code === BARE_FAAL) return perfectBeforePronounAt(ctx, i) || opensSentenceAt(ctx, i) ? "past" : undefined;
  // "كما جرت العادة" (as is customary) says nothing about when.
  if (code === 2 && ctx.tokens[i + 1]?.text === "العاده") return undefined;
  // "قبل أيام من تسلم روسيا الرئاسة", "في عقد": after a preposition the word is a verbal noun,
  // not a past verb (حتى/منذ may precede a verb: "حتى وصل"، "منذ غادر").
  if (code === 2 && afterPreposition(ctx, i)) return undefined;
  return CODES[code];
}

/**
 * Token i is a perfect of the bare form فعل because على/عن + a pronoun follows it ("مقتل أربعة
 * طلاب عثر عليهم الأحد"، "وقبض عليه") or a relative pronoun or قد precedes it: three letters (after a glued و/ف), not after a
 * preposition (there it is a verbal noun: "في رد عليه"). No imperfect of a sound root has three
 * letters; words beginning with ا/ي/ت/ن (other imperfects, alef forms) or with a long vowel in
 * the middle (nouns: دور، قيد) are left out.
 */
function perfectBeforePronounAt(ctx: ScanContext, i: number): boolean {
  // "الصياد الذي فقد الأحد"، "وقد وصل": after a relative pronoun or قد a bare فعل is a perfect.
  if (ctx.tokens[i]!.text.length === 3 && lookupWord(ctx, i - 1, clauseOpeners())) return true;
  // على/عن with a pronoun (عليه، عنهم …) right after it.
  const next = ctx.tokens[i + 1]?.text ?? "";
  const rest = next.startsWith("علي") ? next.slice(3) : next.startsWith("عن") ? next.slice(2) : "";
  return rest[0] === "ه" && rest.length <= 3 && !afterPreposition(ctx, i);
}

/**
 * Bare فعل token i opens its sentence (or line) before its subject: "رفض الوفد توقيع الإعلان في
 * قمة يريفان الأربعاء"، "وكرم باشينيان …". A news sentence opens with its verb; a verbal noun
 * there is followed by an adjective in ـي ("رفض أرمني"), which is left out.
 */
function opensSentenceAt(ctx: ScanContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.kind !== "word" || !(isSentenceEnd(ctx, i - 1) || lineBreakAfter(ctx, i - 1))) return false;
  const word = ctx.tokens[i]!.text;
  const base = word.length === 4 ? word.slice(1) : word;
  // "هذا"، "كما"، "هذه": a final ا or ه is a particle's or a noun's (دعا, listed, is read before).
  // "لكن الرئيس"، "غير أن"، "رغم أن": particles and nouns before a subject or أن.
  if (
    /[اه]$/.test(base) ||
    notBeforeVerb().has(base) ||
    /^(لكن|بعض|عدد)$/.test(base) ||
    (cuesOf(next) & COMPLEMENTIZER) !== 0
  ) {
    return false;
  }
  const w = next.text;
  if (w.startsWith("ال")) return true;
  return !(w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ات") || w.endsWith("ا") || notBeforeVerb().has(w));
}

/** Three letters (after a glued و/ف), not beginning with ا/ي/ت/ن/و nor with a long vowel in the middle. */
function bareFaal(w: string): boolean {
  const base = w.length === 4 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
  return base.length === 3 && !"ايتنو".includes(base[0]!) && !"اوي".includes(base[1]!);
}

/** Words after which a clause opens with its verb ("التي ولدت"، "وقد شيدها"، "الذي فقد"). */
export const clauseOpeners = lazyWordSet("التي الذي الذين اللذين اللتين اللتان اللذان قد وقد فقد لقد ثم".split(" "));

/** Prepositions and particles a verb never follows ("في يريفان", "من تنظيم"). */
export const notBeforeVerb = lazyWordSet(
  "في من الي علي عن مع بين منذ حتي خلال بعد قبل عند لدي نحو حول ضد دون عبر لمده وفي ومن والي".split(" "),
);

function afterPreposition(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev?.kind === "word" && prev.text !== "حتي" && prev.text !== "منذ" && notBeforeVerb().has(prev.text);
}

/**
 * Token k is an imperfect verb that names no tense (يستمر، تتواصل): the imperfect shape of
 * cueAt, not after a preposition, and for a ت- word (also a verbal noun: تعاون، تقرير) only
 * right after a definite subject ("التدريبات تستمر") or opening the sentence ("وتستمر …").
 */
function isImperfectAt(ctx: ScanContext, k: number): boolean {
  cueAt(ctx, k);
  const code = ctx.tokens[k]?.info?.tense;
  if (code !== 4 && code !== 5 && code !== 6) return false;
  // "وتستمر التدريبات حتى …": a ت- word opening the sentence is its verb.
  if (code !== 5 && isSentenceEnd(ctx, k - 1)) return true;
  // "… وتستمر حتى الاثنين"، "تتواصل": تست- and تت- begin imperfects of the derived forms
  // (تستفعل، تتفاعل، تتفعّل) and no verbal noun (those begin است-، ت + one letter).
  if (code !== 5 && strongTa(ctx.tokens[k]!.text)) return !notBeforeVerb().has(ctx.tokens[k - 1]?.text ?? "");
  if (code === 6) return false;
  const before = ctx.tokens[k - 1];
  if (before?.kind !== "word" || notBeforeVerb().has(before.text)) return code === 5 && before?.kind !== "word";
  // After a definite subject ("التدريبات تستمر") or أن ("أن تستأنف"، "أن يصل").
  return (
    code === 5 || (before.text.startsWith("ال") && before.text.length > 3) || (cuesOf(before) & COMPLEMENTIZER) !== 0
  );
}

function strongTa(word: string): boolean {
  const base = word[0] === "و" || word[0] === "ف" ? word.slice(1) : word;
  return base.length >= 5 && (base.startsWith("تست") || base.startsWith("تت"));
}

const SENTENCE_END = ".؟?!؛;\n";

/** True when token i ends a sentence (. ? ! ؛ ; or a line break) or lies outside the tokens. */
export function isSentenceEnd(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !t || (t.kind === "punct" && SENTENCE_END.includes(t.text));
}

/**
 * Whether the input has a line break between token `k` and the next one. The search
 * normalization turns line breaks into spaces, so a headline, a dateline or a caption and the
 * line after it read as one sentence unless the original text is looked at.
 */
export function lineBreakAfter(ctx: ScanContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  const t = ctx.tokens[k];
  if (next === undefined || t === undefined || next.start === t.end) return false;
  const to = ctx.map[next.start] ?? 0;
  for (let i = ctx.map[t.end] ?? to; i < to; i++) if (ctx.source.charCodeAt(i) === 0x0a) return true;
  return false;
}

const sinceWords = lazyWordSet(["منذ", "ومنذ", "مذ"]);
const occasionWords = lazyWordSet(["بمناسبه", "لمناسبه", "مناسبه", "وبمناسبه"]);

// Punctuation that opens a quotation after a verb of saying (the colon and the quote marks).
// ” and „ open as often as “ on Arabic pages (speech-day.ts reads the direction by pairs).
const QUOTE_OPENERS = ':«"“”„';
// Complementizers that open a reported clause after a verb of saying.
const complementizers = lazyWordSet(["ان", "بان", "وان"]);
const reportingVerbs = lazyWordSet(
  (
    "قال قالت اعلن اعلنت اكد اكدت اوضح اوضحت ذكر ذكرت افاد افادت اضاف اضافت صرح صرحت اشار اشارت " +
    "يقول تقول يؤكد تؤكد يري تري اعتبر اعتبرت اعرب اعربت شدد شددت " +
    // Participles that carry a statement on ("…، مضيفا: «…»"، "قائلا"), quoting (نقل عنه
    // قوله), and writing (كتب في تغريدة، غرد).
    "قائلا قائله مضيفا مضيفه مؤكدا مؤكده موضحا مشيرا نقل نقلت قوله قولها كتب كتبت غرد غردت"
  ).split(" "),
);

// True when token i is إن/أن and a verb of saying sits within the three tokens before it.
function isReportedClauseStart(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined) return false;
  // A quotation opened after a verb of saying: "قال: «…»", "وأوضح: \"…\"".
  const quote = t.kind === "punct" && QUOTE_OPENERS.includes(t.text);
  if (!quote && (cuesOf(t) & COMPLEMENTIZER) === 0) return false;
  // The verb may be dated and placed between ("وقالت الوزارة في بيان أمس إن …", "أعلنت الشركة
  // في 3 مارس 2024 أن …"): up to eight words back, numbers and a comma or slash skipped.
  let words = 0;
  for (let k = i - 1; words < 8 && k >= 0; k--) {
    const w = ctx.tokens[k];
    if (w?.kind === "punct" && quote && QUOTE_OPENERS.includes(w.text)) continue;
    if (w?.kind === "number" || (w?.kind === "punct" && "،,/".includes(w.text))) continue;
    if (w?.kind !== "word") return false;
    if ((cuesOf(w) & REPORTING) !== 0) return true;
    words++;
  }
  return false;
}

/**
 * True when word token i names a speech: a verb of saying (with its participles) or a noun of
 * a statement or an interview (مقابلة، تصريحات، مؤتمر صحفي …, with clitics).
 */
export function isSpeechWordAt(ctx: ScanContext, i: number): boolean {
  return (cuesOf(ctx.tokens[i]) & (REPORTING | SPEECH_NOUN)) !== 0;
}

/** True when word token i opens a reported or a relative clause (إن/أن، الذي/التي …). */
export function isClauseBreakAt(ctx: ScanContext, i: number): boolean {
  return (cuesOf(ctx.tokens[i]) & CLAUSE_BREAK) !== 0;
}

/** True when word token i is a verb of saying (قال، أكد، صرح، أوضح …, with و/ف). */
export function isReportingVerbAt(ctx: ScanContext, i: number): boolean {
  return (cuesOf(ctx.tokens[i]) & REPORTING) !== 0;
}

function isOccasion(ctx: ScanContext, i: number): boolean {
  return (cuesOf(ctx.tokens[i]) & OCCASION) !== 0;
}

// "من المقرر/المفترض/المنتظر أن …" and "القمة المقرر عقدها …": a planned event, future even
// when verbal nouns ("عقد") sit closer to the date. "كان من المقرر …" was planned at some past time, so it may fall on
// either side of ref: no tense (the nearest occurrence), never the past reading of "كان".
const plannedWords = lazyWordSet(["المقرر", "المفترض", "المنتظر", "المتوقع", "المزمع", "المرتقب"]);
// A definite word, also after و/ف and ب/ل/ك (للجولة، والقمة، بالاجتماع).
const definite = /^[وف]?(?:ال|لل|بال|كال)/;
const wasWords = lazyWordSet(["كان", "وكان", "فكان", "كانت", "وكانت", "فكانت"]);

function plannedTense(ctx: ScanContext, first: number): { tense: Tense | undefined } | undefined {
  for (let d = 1; d <= 12 && !isSentenceEnd(ctx, first - d); d++) {
    const t = ctx.tokens[first - d]!;
    if ((cuesOf(t) & PLANNED) === 0) continue;
    const min = ctx.tokens[first - d - 1]?.text ?? "";
    // "من المقرر أن …", and the participle after a definite noun: "القمة المقرر عقدها الجمعة".
    if (min !== "من" && min !== "ومن" && !definite.test(min)) continue;
    return { tense: (cuesOf(ctx.tokens[first - d - 2]) & WAS) !== 0 ? undefined : "future" };
  }
  return undefined;
}

// Words that move a date forward: postponing, deferring, extending, delaying (nouns and verbs,
// search-folded). With إلى/حتى before the date they name a new, later date.
const forwardWords = lazyWordSet(
  (
    "تاجيل تاجيلها تاجيله ارجاء ارجائها ارجائه تمديد تمديدها تمديده تاخير امهال " +
    "اجل اجلت تاجل تاجلت ارجا ارجات ارجئ ارجئت مدد مددت تمدد تمددت يؤجل تؤجل يرجئ ترجئ يمدد تمدد"
  ).split(" "),
);
const untilWords = lazyWordSet(["الي", "حتي", "لغايه", "لحين"]);

/**
 * "أعلنت الجامعة تأجيل الامتحانات إلى 20 كانون الثاني", "مددت الحكومة العمل بالقرار حتى 10
 * يناير": إلى/حتى (up to 5 tokens before the date: "إلى الفترة الواقعة بين …") after a word of
 * postponing or extending in the same sentence (12 tokens) names a later date, whatever the
 * tense of the verb that reports it.
 */
function postponedTo(ctx: ScanContext, first: number): boolean {
  let until = false;
  for (let d = 1; d <= 12 && !isSentenceEnd(ctx, first - d); d++) {
    const t = ctx.tokens[first - d]!;
    if (t.kind !== "word") continue;
    if (!until) {
      if (d > 5) return false;
      until = (cuesOf(t) & UNTIL) !== 0;
      continue;
    }
    if ((cuesOf(t) & FORWARD) !== 0) return true;
  }
  return false;
}

// Past verbs of deciding and announcing, and the verbal nouns of a planned action they
// govern ("أعلنت الحكومة تعطيل الدوام من 1 إلى 3 تموز", "قررت الوزارة إغلاق المدارس يومي 5
// و6 يناير"): the decision is past, the decided period is usually ahead (search-folded).
const decideVerbs = lazyWordSet(
  (
    "اعلن اعلنت اعلنوا قرر قررت قرروا اقر اقرت اقروا حدد حددت حددوا دعا دعت دعوا اعتمد اعتمدت " +
    "وافق وافقت اصدر اصدرت امر امرت اوعز اوعزت طلب طلبت"
  ).split(" "),
);
const planNouns = lazyWordSet(
  (
    "تعطيل اغلاق تاجيل ارجاء اقامه عقد تنظيم اجراء فتح افتتاح استئناف تمديد منع حظر وقف ايقاف تعليق " +
    "اطلاق بدء تطبيق تنفيذ صرف نقل اخلاء اضراب تظاهره اعتصام مقاطعه مسيره"
  ).split(" "),
);

// Calls, orders and advice (verbs, participles, nouns; search-folded, without و/ف): what they
// ask for is still to come, so a date inside their complement ("دعت السكان إلى البقاء في
// منازلهم حتى الأحد") points forward.
const WARNINGS = "حذر حذرت يحذر تحذر محذرا تحذير";
const warningWords = lazyWordSet(WARNINGS.split(" "));
const directiveWords = lazyWordSet(
  (
    "دعا دعت يدعو تدعو داعيا داعيه دعوه دعوات حث حثت يحث تحث طالب طالبت يطالب تطالب مطالبا مطالبه " +
    "ناشد ناشدت مناشده امر امرت اوصي اوصت نصح نصحت ضروره توقع توقعت " +
    // Warnings take their complement with من ("حذرت الأرصاد من أمطار غزيرة حتى الثلاثاء").
    WARNINGS
  ).split(" "),
);
// The words that open a directive's complement: إلى/على/أن, or a verbal noun after بـ/لـ
// ("بالبقاء"، "بعدم الخروج"، "بتجنب"، "للتظاهر").
const complementWords = lazyWordSet("الي علي لان بعدم لعدم".split(" "));
const COMPLEMENT_STARTS = ["بال", "لل", "بت", "بم", "با"];
// A cause or an earlier event between the call and the date ("دعت إلى الهدوء بعد اشتباكات
// الثلاثاء"): the date is that event's, not the call's object.
const causeWords = lazyWordSet("بعد اثر عقب جراء بسبب".split(" "));
// Nouns that name a statement or an interview ("في مقابلة أجريت معه الثلاثاء"): a day after
// them in the speaker's clause is the day of the speech.
const speechNouns = lazyWordSet("مقابله حوار حديث لقاء تصريح تصريحات مؤتمر ندوه كلمه خطاب تغريده بيان".split(" "));
// What ends a speaker's clause going back from a day: a reported clause or a relative clause
// ("قال إن اللقاء الذي عقد الأحد …": that Sunday is the meeting's, not the speech's).
const clauseBreaks = lazyWordSet("انه انها الذي التي الذين".split(" "));

// The words the detector looks for, as flags computed once per distinct word (kept on its
// shared WordInfo): the walks below then test a bit per token instead of several lookups.
const PLANNED = 1;
const UNTIL = 2;
const FORWARD = 4;
const OCCASION = 8;
const COMPLEMENTIZER = 16;
const REPORTING = 32;
const WAS = 64;
const SINCE = 128;
const DECIDE = 256;
const PLAN = 512;
const DIRECTIVE = 1024;
const COMPLEMENT = 2048;
const CAUSE = 4096;
const SPEECH_NOUN = 8192;
const CLAUSE_BREAK = 16384;
const WARNING = 32768;

function cuesOf(t: DateToken | undefined): number {
  const info = t?.info;
  if (info === undefined) return 0;
  let cues = info.cues;
  if (cues < 0) {
    cues = wordCues(info.text);
    info.cues = cues;
  }
  return cues;
}

function wordCues(word: string): number {
  let cues = 0;
  if (plannedWords().has(word)) cues |= PLANNED;
  if (untilWords().has(word)) cues |= UNTIL;
  for (const { base } of cliticForms(word)) {
    if (forwardWords().has(base)) {
      cues |= FORWARD;
      break;
    }
  }
  if (occasionWords().has(word)) cues |= OCCASION;
  if (complementizers().has(word)) cues |= COMPLEMENTIZER;
  const base = word.startsWith("و") || word.startsWith("ف") ? word.slice(1) : word;
  if (reportingVerbs().has(word) || reportingVerbs().has(base)) cues |= REPORTING;
  if (wasWords().has(word)) cues |= WAS;
  if (sinceWords().has(word)) cues |= SINCE;
  if (decideVerbs().has(base)) cues |= DECIDE;
  for (const { base: noun } of cliticForms(word)) {
    if (planNouns().has(noun)) {
      cues |= PLAN;
      break;
    }
  }
  if (directiveWords().has(base)) cues |= warningWords().has(base) ? DIRECTIVE | WARNING : DIRECTIVE;
  // إن/أن (COMPLEMENTIZER) open a directive's complement and end a speaker's clause too.
  if (
    (cues & COMPLEMENTIZER) !== 0 ||
    complementWords().has(word) ||
    (word.length >= 5 && COMPLEMENT_STARTS.some((p) => word.startsWith(p)))
  ) {
    cues |= COMPLEMENT;
  }
  if (causeWords().has(word)) cues |= CAUSE;
  for (const { base: noun } of cliticForms(word)) {
    if (speechNouns().has(noun)) {
      cues |= SPEECH_NOUN;
      break;
    }
  }
  if ((cues & COMPLEMENTIZER) !== 0 || clauseBreaks().has(word)) cues |= CLAUSE_BREAK;
  return cues;
}

/**
 * Imperfect token k opens its clause: a glued و/ف ("ويستمر"، "وتتواصل"), or punctuation or the
 * text's start before it. A bare ي- word after another word may be a name (يوسف، يحيى).
 */
function opensClause(ctx: ScanContext, k: number): boolean {
  const w = ctx.tokens[k]!.text;
  if (w[0] === "و" || w[0] === "ف") return true;
  const before = ctx.tokens[k - 1];
  return before === undefined || before.kind === "punct";
}

const DIRECTIVE_REACH = 20;
const startWords = lazyWordSet(["ابتداء", "اعتبارا", "بدءا", "بدايه"]);

/** "ابتداء/اعتبارا/بدءا/بداية من" right before the date (token first). */
function startBefore(ctx: ScanContext, first: number): boolean {
  return ctx.tokens[first - 1]?.text === "من" && startWords().has(ctx.tokens[first - 2]?.text ?? "");
}

/**
 * Tokens first..last are a wire dateline's date: one to three words (the city, maybe "في")
 * and a comma or dash open the text, a line or a sentence before it, and an agency credit in
 * brackets or slashes, or after a dash, follows it: "بيروت، 27 أيلول (رويترز) -"، "القاهرة في 21
 * يوليو /أ ش أ/"، "موسكو 25 مايو/ أ ف ب:"، "بيشكيك، 27 نوفمبر - سبوتنيك.".
 */
function isDateline(ctx: ScanContext, first: number, last: number): boolean {
  const open = ctx.tokens[last + 1];
  if (open?.kind !== "punct" || !"(/-–—".includes(open.text)) return false;
  const dash = open.text !== "(" && open.text !== "/";
  let k = last + 2;
  let lineEnd = false;
  for (let words = 0; ctx.tokens[k]?.kind === "word"; k++) {
    if (++words > 3) return false;
    if (dash && lineBreakAfter(ctx, k)) {
      lineEnd = true;
      k++;
      break;
    }
  }
  if (k === last + 2) return false;
  // "(رويترز)"، "/أ ش أ/", a slash before the agency and a colon or dash after it ("موسكو 25
  // مايو/ أ ف ب:"), or a dash before it and a full stop, a colon, a dash or the end of the line
  // after it ("بيشكيك، 27 نوفمبر - سبوتنيك.").
  const close = ctx.tokens[k];
  const closers = open.text === "(" ? ")" : open.text === "/" ? "/:-" : ".:-–—";
  if (!lineEnd && (close?.kind !== "punct" || !closers.includes(close.text))) return false;
  for (let j = first - 1, words = 0; ; j--) {
    if (isSentenceEnd(ctx, j)) return words > 0;
    const t = ctx.tokens[j]!;
    if (t.kind === "number") return false;
    if (t.kind === "punct") {
      if (!"،,-–—".includes(t.text)) return false;
      continue;
    }
    if (++words > 3) return false;
  }
}
const deadlineWords = lazyWordSet(["قبل", "غايه", "وحتي"]);

/** حتى/إلى/لغاية/لحين, "إلى غاية" or قبل right before the date (token first). */
function untilBefore(ctx: ScanContext, first: number): boolean {
  const t = ctx.tokens[first - 1];
  if (t?.kind !== "word") return false;
  return (cuesOf(t) & UNTIL) !== 0 || deadlineWords().has(t.text);
}

// Imperfects of judging, opinion and possibility (يصعب، يرى، يعتقد، يمكن …): they say nothing
// of when the event they judge takes place.
const opinionVerbs = lazyWordSet(
  "يصعب يسهل يري تري نري يعتقد تعتقد نعتقد يعتبر تعتبر يبدو تبدو يظن تظن يمكن يجب ينبغي يكفي يعني تعني".split(" "),
);

function isOpinionVerb(ctx: ScanContext, k: number): boolean {
  const w = ctx.tokens[k]?.text ?? "";
  return opinionVerbs().has(w[0] === "و" || w[0] === "ف" ? w.slice(1) : w);
}

// Prepositions that front a date at the head of a new clause ("، وفي سبتمبر …").
const frontingWords = lazyWordSet(["وفي", "ففي", "وخلال", "وبحلول"]);

/** The date (token first) opens a new clause after a comma: "، وفي سبتمبر ستجري …". */
function frontedInClause(ctx: ScanContext, first: number): boolean {
  const t = ctx.tokens[first - 1];
  return t?.kind === "word" && frontingWords().has(t.text) && isPunctAt(ctx, first - 2, "،,؛;");
}

/** The tense of the first verb cue within `reach` tokens after the date, before punctuation. */
function cueAfter(ctx: ScanContext, last: number, reach: number): Tense | undefined {
  for (let d = 1; d <= reach; d++) {
    const t = ctx.tokens[last + d];
    if (t === undefined || t.kind === "punct") return undefined;
    const tense = cueAt(ctx, last + d);
    if (tense !== undefined) return tense;
  }
  return undefined;
}

/**
 * The tense around tokens first..last: the nearest past or future cue within the sentence
 * (up to 12 tokens before, 8 after), or undefined when there is none.
 */
export function detectTense(ctx: ScanContext, first: number, last: number): TenseReading | undefined {
  // "منذ الأربعاء"، "منذ يوم الأربعاء": since always points to the past.
  const before = ctx.tokens[first - 1]?.text === "يوم" ? first - 2 : first - 1;
  if ((cuesOf(ctx.tokens[before]) & SINCE) !== 0) return "past";
  // "بيروت، 27 أيلول (رويترز) - …": a wire dateline is the day the copy was filed, not a
  // date the verbs after it govern.
  if (isDateline(ctx, first, last)) return "dateline";
  const planned = plannedTense(ctx, first);
  if (planned) return planned.tense;
  if (postponedTo(ctx, first)) return "future";
  // "اختتمت القوات مناورات، وفي سبتمبر ستجري الدول تمرينا": a date fronted in a new clause is
  // governed by the verb after it, not by the verb of the clause before the comma.
  if (frontedInClause(ctx, first)) {
    const own = cueAfter(ctx, last, 4);
    if (own !== undefined) return own;
  }
  // The verb that governs a date normally stands before it in its clause: the cues before
  // are read first; an imperfect verb there with no cue ("التدريبات تستمر حتى 24 أكتوبر، بعد
  // مرحلة جرت …") governs it with no tense, and a verb after the date counts only when no
  // verb precedes it.
  // A decided plan ("قررت الوزارة إغلاق المدارس يومي 5 و6 يناير"): when the first cue before
  // the date is a verb of deciding or announcing whose object, within five tokens after it, is
  // the verbal noun of a planned action, past cues say when it was decided, not when it
  // happens; only a future cue counts, else the nearest occurrence. "أعلنت الحكومة في 3 يناير
  // تعطيل …" (the date before the noun) dates the announcement and stays past. The nouns' own
  // cues ("عقد") are held back until the walk knows whether a verb of deciding governs them.
  // A call, order or advice (دعا، حث، طالب، ناشد، أمر، أوصى، نصح, their participles داعيا،
  // مطالبا … and the nouns دعوة، مناشدة) whose complement (إلى، على، أن، بـ/لـ + verbal noun)
  // stands between it and the date asks for something still to come: future, whatever verb
  // reports it ("أعلن الحاكم …، داعيا السكان إلى ملازمة منازلهم حتى مساء السبت"). A directive
  // with no complement before the date is dated by it ("ودعا الرئيس الثلاثاء إلى حوار").
  // A nearer cue still wins ("إلى المشاركة في المسيرة التي جرت الخميس"), and a cause word
  // between (بعد، إثر، بسبب …) makes the date an earlier event's.
  // The date after حتى/إلى/قبل is itself in the complement ("ناشدت البلدية أصحاب المحال إبقاء
  // أبوابها مغلقة حتى صباح السبت"). A directive is looked for up to 20 tokens back (its
  // complement may be long), other cues up to 12.
  let complement = untilBefore(ctx, first);
  let caused = false;
  let warned = false;
  let imperfect = false;
  // The token of that imperfect verb, when one was found.
  let verb = -1;
  let decided = false;
  let plan = -1;
  let held: Tense | undefined;
  for (let d = 1; d <= DIRECTIVE_REACH; d++) {
    const k = first - d;
    // "هنأ … بمناسبة عيد الميلاد": the verb before "بمناسبة" dates the act, not the occasion.
    // "وقال المتحدث إن الهدنة تدخل … الجمعة": a reported clause keeps its own tense; the
    // reporting verb before إن/أن dates the statement, not what it reports.
    // A headline's verb does not govern a day in the line under it ("الفيضانات تغمر القرى\n
    // غمرت السيول المنازل مساء الثلاثاء").
    if (isSentenceEnd(ctx, k) || lineBreakAfter(ctx, k) || isOccasion(ctx, k) || isReportedClauseStart(ctx, k)) break;
    const cues = cuesOf(ctx.tokens[k]);
    if ((cues & DIRECTIVE) !== 0 && (complement || (warned && (cues & WARNING) !== 0))) return "future";
    if ((cues & CAUSE) !== 0) {
      complement = false;
      caused = true;
    } else if ((cues & COMPLEMENT) !== 0 && !caused) complement = true;
    else if (!caused && ctx.tokens[k]!.text === "من") warned = true;
    if (d > 12) {
      // Past the reach of other cues: only a directive is looked for, up to the first verb.
      if ((!complement && !warned) || cueAt(ctx, k) !== undefined) break;
      continue;
    }
    const tense = cueAt(ctx, k);
    if (!decided && (cues & PLAN) !== 0) {
      plan = k;
      held ??= tense;
      if (!imperfect && tense === undefined && isImperfectAt(ctx, k)) {
        imperfect = true;
        verb = k;
      }
      continue;
    }
    if (!decided && plan >= 0 && (cues & DECIDE) !== 0) {
      if (plan - k <= 5) {
        decided = true;
        continue;
      }
      plan = -1;
    }
    if (held !== undefined && !decided) return held;
    if (tense === "future" || (tense === "past" && !decided)) return tense;
    if (!imperfect && tense === undefined) {
      imperfect = isImperfectAt(ctx, k);
      if (imperfect) verb = k;
      // "فرضت السلطات حظر التجول أمس، ويستمر الحظر حتى الأحد": an imperfect opening its
      // clause is the date's own verb; a past verb of an earlier clause does not reach past it.
      if (imperfect && opensClause(ctx, k)) break;
    }
  }
  if (held !== undefined && !decided) return held;
  // A decided measure's start or end ("قررت الحكومة فرض حظر التجول ابتداء من الثلاثاء") is
  // still ahead.
  if (decided && (untilBefore(ctx, first) || startBefore(ctx, first))) return "future";
  // An imperfect with no tense of its own: "ويستمر الحظر حتى الثلاثاء" (حتى/إلى/لغاية/قبل +
  // the date) names a point still ahead; otherwise the date is present or near.
  if (imperfect) {
    if (untilBefore(ctx, first)) return "future";
    // "يصعب وصف أهمية مباراة الأربعاء": a verb of opinion does not date an event's day ("the
    // Wednesday match"): only a cue after the date does, else the nearest such day. A verb of
    // action still does ("ويخوض الفريق مباراة الأربعاء" = the coming one).
    if (!(eventHeads().has(ctx.tokens[first - 1]?.text ?? "") && isOpinionVerb(ctx, verb))) return "present";
  }
  // A headline with no verb of its own takes its tense from the body's first verb ("العثور على
  // الحطام بعد 79 عاما\nأعلن فريق …"): this walk may cross a line break.
  for (let d = 1; d <= 8 && !isSentenceEnd(ctx, last + d); d++) {
    // "… في حديث أجري معه الاثنين: «سنعلن غدا …»": a quotation's verbs are the speaker's, not
    // the ones that date his clause.
    const t = ctx.tokens[last + d]!;
    if (t.kind === "punct" && QUOTE_OPENERS.includes(t.text)) break;
    const tense = cueAt(ctx, last + d);
    if (tense === "future" || (tense === "past" && !decided)) return tense;
  }
  return undefined;
}
