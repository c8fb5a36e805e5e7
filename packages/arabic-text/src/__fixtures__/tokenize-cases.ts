// Golden cases for tokenize(): news-like sentences written for this project. Each expected
// token is one string "surface = analysis" where the analysis is
//   base            a word without prefix (base = normalized)
//   prefix+base     a word with proclitics / article stripped
//   #digits         a number token (its normalized form)
//   @text           a Latin/Cyrillic/other-script token (its normalized form)
// The surface is checked against input.slice(start, end).

export interface TokenizeCase {
  why: string;
  input: string;
  tokens: readonly string[];
}

export const tokenizeCases: readonly TokenizeCase[] = [
  {
    why: "a plain sentence: article stripped, bare words whole",
    input: "عقد مجلس الأمن الجماعي دورته",
    tokens: ["عقد = عقد", "مجلس = مجلس", "الأمن = ال+امن", "الجماعي = ال+جماعي", "دورته = دورته"],
  },
  {
    why: "conjunction + article (وال) and preposition + article (بال)",
    input: "والكرملين رحب بالاتفاق",
    tokens: ["والكرملين = وال+كرملين", "رحب = رحب", "بالاتفاق = بال+اتفاق"],
  },
  {
    why: "ل + ال contracts to لل: the prefix is لل",
    input: "للكرملين وللاتحاد الروسي",
    tokens: ["للكرملين = لل+كرملين", "وللاتحاد = ولل+اتحاد", "الروسي = ال+روسي"],
  },
  {
    why: "a clitic separated by tatweel; the article rule does not know verbs (التقى → ال+تقي)",
    input: "التقى بـطاجيكستان",
    tokens: ["التقى = ال+تقي", "بـطاجيكستان = ب+طاجيكستان"],
  },
  {
    why: "a two-letter stack before a tatweel",
    input: "وبـموسكو",
    tokens: ["وبـموسكو = وب+موسكو"],
  },
  {
    why: "a bare preposition on a city name",
    input: "في بيشكيك وبموسكو",
    tokens: ["في = في", "بيشكيك = ب+يشكيك", "وبموسكو = وب+موسكو"],
  },
  {
    why: "short words keep at least two base letters",
    input: "به له لن وله",
    tokens: ["به = به", "له = له", "لن = لن", "وله = و+له"],
  },
  {
    why: "the lexical ال of the name of God and relative pronouns is not an article",
    input: "الله الذي والتي",
    tokens: ["الله = الله", "الذي = الذي", "والتي = و+التي"],
  },
  {
    why: "harakat and tatweel stay inside the token surface, the analysis is normalized",
    input: "الرئيسُ الرّوسـيّ",
    tokens: ["الرئيسُ = ال+رئيس", "الرّوسـيّ = ال+روسي"],
  },
  {
    why: "an RLM is not part of the token; the greedy split also cuts a name that starts with ب (normalized keeps it whole)",
    input: "\u200Fبوتين\u200F",
    tokens: ["بوتين = ب+وتين"],
  },
  {
    why: "NBSP separates tokens like a space",
    input: "الرئيس\u00A0الروسي",
    tokens: ["الرئيس = ال+رئيس", "الروسي = ال+روسي"],
  },
  {
    why: "an RLM inside a word does not split it",
    input: "بيش\u200Fكيك",
    tokens: ["بيش\u200Fكيك = ب+يشكيك"],
  },
  {
    why: "a ZWNJ splits a Persian-style compound name",
    input: "إمام\u200Cعلي",
    tokens: ["إمام = امام", "علي = علي"],
  },
  {
    why: "digits glued to a preposition split off (لعام2026)",
    input: "لعام2026",
    tokens: ["لعام = ل+عام", "2026 = #2026"],
  },
  {
    why: "a month name glued to a year",
    input: "سبتمبر2001",
    tokens: ["سبتمبر = سبتمبر", "2001 = #2001"],
  },
  {
    why: "a Hijri year with هـ",
    input: "١٤٤٧هـ",
    tokens: ["١٤٤٧ = #1447", "هـ = ه"],
  },
  {
    why: "a tatweel clitic before digits: بـ2024",
    input: "بـ2024",
    tokens: ["بـ = ب", "2024 = #2024"],
  },
  {
    why: "the article before a number: الـ30",
    input: "الـ30",
    tokens: ["الـ = ال", "30 = #30"],
  },
  {
    why: "a date with slashes is three number tokens",
    input: "٢٧/١١/٢٠٢٥",
    tokens: ["٢٧ = #27", "١١ = #11", "٢٠٢٥ = #2025"],
  },
  {
    why: "Persian digits are number tokens with ASCII normalized forms",
    input: "۱۴۰۴",
    tokens: ["۱۴۰۴ = #1404"],
  },
  {
    why: "a decimal number splits at the separator",
    input: "٤٥٫٥٪",
    tokens: ["٤٥ = #45", "٥ = #5"],
  },
  {
    why: "Latin acronym and a code with digits stay whole",
    input: "CSTO وG7",
    tokens: ["CSTO = @csto", "و = و", "G7 = @g7"],
  },
  {
    why: "a hyphen splits a weapon name",
    input: "S-400",
    tokens: ["S = @s", "400 = #400"],
  },
  {
    why: "Cyrillic words are foreign-script tokens",
    input: "ОДКБ في Москве",
    tokens: ["ОДКБ = @одкб", "في = في", "Москве = @москве"],
  },
  {
    why: "punctuation is not a token: guillemets, Arabic comma, parentheses",
    input: "«موسكو»، (وكالات):",
    tokens: ["موسكو = موسكو", "وكالات = و+كالات"],
  },
  {
    why: "tatweel used as a dash is not a token",
    input: "موسكو ـ أعلن",
    tokens: ["موسكو = موسكو", "أعلن = اعلن"],
  },
  {
    why: "a lam-alef ligature token maps to its one source unit",
    input: "\uFEFB يوجد",
    tokens: ["\uFEFB = لا", "يوجد = يوجد"],
  },
  {
    why: "a decomposed hamza belongs to its word",
    input: "ا\u0654عربت",
    tokens: ["ا\u0654عربت = اعربت"],
  },
  {
    why: "Egyptian ى and Persian letters fold in the analysis, not in the surface",
    input: "الروسى الکرملین",
    tokens: ["الروسى = ال+روسي", "الکرملین = ال+كرملين"],
  },
  {
    why: "كال (like the) stack",
    input: "كالعادة",
    tokens: ["كالعادة = كال+عاده"],
  },
  {
    why: "فال stack after a full stop",
    input: "انتهت القمة. فالرئيس غادر",
    tokens: ["انتهت = انتهت", "القمة = ال+قمه", "فالرئيس = فال+رئيس", "غادر = غادر"],
  },
  {
    why: "the article needs two letters after it",
    input: "الي الآن",
    tokens: ["الي = الي", "الآن = ال+ان"],
  },
  {
    why: "a vocalised preposition and article",
    input: "بِالأَمْسِ",
    tokens: ["بِالأَمْسِ = بال+امس"],
  },
  {
    why: "emoji are not tokens",
    input: "🔴 عاجل",
    tokens: ["عاجل = عاجل"],
  },
  {
    why: "whitespace-only input has no tokens",
    input: " \n\u00A0\u200F ",
    tokens: [],
  },
  {
    why: "a dateline with every kind of noise",
    input: "يريفان ـ ٢٣\u00A0نوفمبر (وكالات) ـ أعلنت أرمينيا",
    tokens: [
      "يريفان = يريفان",
      "٢٣ = #23",
      "نوفمبر = نوفمبر",
      "وكالات = و+كالات",
      "أعلنت = اعلنت",
      "أرمينيا = ارمينيا",
    ],
  },
  {
    why: "a title with a Latin name in an embedding",
    input: "قالت وكالة \u202ARIA Novosti\u202C",
    tokens: ["قالت = قالت", "وكالة = و+كاله", "RIA = @ria", "Novosti = @novosti"],
  },
  {
    why: "a sentence with a لل + name and a bare ل + name",
    input: "زيارة لروسيا وللعاصمة",
    tokens: ["زيارة = زياره", "لروسيا = ل+روسيا", "وللعاصمة = ولل+عاصمه"],
  },
  {
    why: "a conjunction before a verb",
    input: "وأكد وشدد",
    tokens: ["وأكد = و+اكد", "وشدد = و+شدد"],
  },
  {
    why: "a tatweel after the conjunction stops the stack there",
    input: "فـلاديمير",
    tokens: ["فـلاديمير = ف+لاديمير"],
  },
];
