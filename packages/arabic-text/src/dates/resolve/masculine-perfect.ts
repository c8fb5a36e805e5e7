import { lazy } from "../lazy.js";
import { wordTable } from "../lexicon/phrase-table.js";
import type { ScanContext } from "../scan-context.js";

// Masculine subjects that a feminine ت- imperfect never has: men's titles and human plurals,
// and masculine bodies (search-folded by wordTable).
const masculineSubjects = lazy(() =>
  wordTable([
    [
      true,
      (
        "الزعماء الوزراء الرؤساء القادة النواب الرئيس الوزير الأمين الملك الأمير السفير المبعوث " +
        "المتحدث الجانب الطرف الوفد المجلس الفريق المنتخب رئيس وزير نائب"
      ).split(" "),
    ],
  ]),
);
// Counts of people before a plural ("آلاف المحتجين"، "عشرات المتظاهرين").
const crowdWords = lazy(() => wordTable([[true, "آلاف عشرات مئات".split(" ")]]));
// Words after which a verb opens its clause ("وقد توصل الطرفان"، "ثم تحدث الوزير").
const clauseOpeners = lazy(() => wordTable([[true, "قد وقد فقد لقد ثم كما حيث".split(" ")]]));
// Men's Slavic surnames (لافروف، شويغو is not read); the feminine ـوفا/ـسكايا are left out.
const MAN_SURNAME = /(?:وف|يف|سكي|يتش)$/;

/**
 * Word token k is the masculine perfect of the تفعّل / تفاعل forms, which begins with ت like an
 * imperfect: ت + three letters ("توصّل"، "تعهد"، "تقدم") or ت + a letter + ا + two letters
 * ("تبادل"), with no ي/ون/ين ending, opening its clause (the sentence's first word, after
 * punctuation, with a glued و/ف, or after قد/ثم/كما/حيث), before a masculine subject: a definite
 * sound plural or dual in ون/ان, not the feminine تان ("المسؤولون"، "الطرفان"), a man's title or a human plural
 * ("الزعماء"، "الوزير"، "رئيس"), or a man's Slavic surname. A ت- imperfect of the third person is
 * feminine ("وتعقد الحكومة"), so "توصّل الزعماء الخميس" is past.
 */
export function masculinePerfectAt(ctx: ScanContext, k: number): boolean {
  const word = ctx.tokens[k]!.text;
  const glued = word[0] === "و" || word[0] === "ف";
  const base = glued ? word.slice(1) : word;
  if (base[0] !== "ت" || !(base.length === 4 || (base.length === 5 && base[2] === "ا"))) return false;
  // "تخلّى"، "تلقّى": a final ى in the original text is the perfect's, which the search form
  // writes ي like the imperfect's ending.
  if ((base.endsWith("ي") && !endsInAlefMaqsura(ctx, k)) || base.endsWith("ون") || base.endsWith("ين")) return false;
  const before = ctx.tokens[k - 1];
  if (!glued && before !== undefined && before.kind !== "punct" && !clauseOpeners().has(before.text)) return false;
  const subject = ctx.tokens[k + 1];
  if (subject?.kind !== "word") return false;
  const s = subject.text;
  if (masculineSubjects().has(s)) return true;
  // "تظاهر آلاف المحتجين": a number of men, a definite sound masculine plural after it.
  if (crowdWords().has(s)) {
    const men = ctx.tokens[k + 2]?.text ?? "";
    return men.startsWith("ال") && men.length >= 6 && (men.endsWith("ين") || men.endsWith("ون"));
  }
  // "الطرفان", not the feminine dual "الفرقتان" (which a ت- imperfect agrees with).
  if (s.startsWith("ال") && s.length >= 6 && (s.endsWith("ون") || (s.endsWith("ان") && !s.endsWith("تان")))) {
    return true;
  }
  return MAN_SURNAME.test(s) && !s.startsWith("ال");
}

/** The original text writes token k's last letter as ى (the search form writes it ي). */
export function endsInAlefMaqsura(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return ctx.source[ctx.map[t.end - 1] ?? -1] === "ى";
}
