// Golden cases for normalize(): news-like sentences written for this project, with the noise
// real pages carry. Invisible characters are written as \u escapes so the noise is visible:
// \u200F RLM, \u200E LRM, \u00A0 NBSP, \u200C ZWNJ, \u200D ZWJ, \u200B ZWSP, \uFEFF BOM.
// `display` is given when it differs from the input; omitted means "display leaves it as is".

import type { NormalizeOptions } from "../normalize/normalize-options.js";

export interface NormalizeCase {
  why: string;
  input: string;
  search: string;
  display?: string;
  /** Extra option sets and their expected output. */
  options?: readonly { options: NormalizeOptions; output: string }[];
}

export const normalizeCases: readonly NormalizeCase[] = [
  // — Letter folds (search) —
  {
    why: "hamza on alef, teh marbuta: the most frequent spelling variation in headlines",
    input: "أعلنت منظمة معاهدة الأمن الجماعي عن قمة جديدة",
    search: "اعلنت منظمه معاهده الامن الجماعي عن قمه جديده",
  },
  {
    why: "hamza below alef (إ) and alef madda (آ) fold to bare alef",
    input: "إيران وآسيا الوسطى",
    search: "ايران واسيا الوسطي",
  },
  {
    why: "Egyptian sites write final ي as ى; search must treat الروسى and الروسي alike",
    input: "الجانب الروسى أكد على دور المنظمة فى المنطقة",
    search: "الجانب الروسي اكد علي دور المنظمه في المنطقه",
  },
  {
    why: "a real ى (alef maksura) folds too, so مستشفى and مستشفي meet",
    input: "نقل الجرحى إلى مستشفى عسكري",
    search: "نقل الجرحي الي مستشفي عسكري",
  },
  {
    why: "alef wasla from vocalised religious text folds to alef",
    input: "ٱلأمن ٱلجماعي",
    search: "الامن الجماعي",
  },
  {
    why: "hamza carriers ؤ and ئ distinguish words and stay in search",
    input: "المسؤولية الرئيسية تقع على رئيس الدورة",
    search: "المسؤوليه الرئيسيه تقع علي رئيس الدوره",
    options: [{ options: { foldHamzaCarriers: true }, output: "المسووليه الرييسيه تقع علي رييس الدوره" }],
  },
  {
    why: "standalone hamza ء is a letter and stays",
    input: "جاء الرد بعد لقاء الوزراء",
    search: "جاء الرد بعد لقاء الوزراء",
  },
  {
    why: "teh marbuta with tanwin at the end of a noun phrase",
    input: "قمةٌ طارئةٌ",
    search: "قمه طارئه",
  },
  {
    why: "an all-folded headline keeps word boundaries and punctuation",
    input: "هل ستنضم أرمينيا إلى الاتحاد الأوروبي؟",
    search: "هل ستنضم ارمينيا الي الاتحاد الاوروبي؟",
  },
  {
    why: "teh marbuta kept when foldTehMarbuta is switched off",
    input: "القمة المقبلة",
    search: "القمه المقبله",
    options: [{ options: { foldTehMarbuta: false }, output: "القمة المقبلة" }],
  },
  // — Diacritics —
  {
    why: "a fully vocalised headline: harakat, shadda and sukun are stripped in search, kept in display",
    input: "اِجْتِمَاعُ وُزَرَاءِ الدِّفَاعِ فِي مِينْسْك",
    search: "اجتماع وزراء الدفاع في مينسك",
  },
  {
    why: "shadda with damma on a nisba adjective",
    input: "الأمنُ الجماعيُّ",
    search: "الامن الجماعي",
  },
  {
    why: "tanwin fath after alef (شكراً) and before it (شكرًا) both vanish",
    input: "شكراً جزيلاً، شكرًا",
    search: "شكرا جزيلا، شكرا",
  },
  {
    why: "superscript (dagger) alef in هٰذا is a Quranic-style mark",
    input: "هٰذا الاتفاق",
    search: "هذا الاتفاق",
  },
  {
    why: "dagger alef over alef maksura: علىٰ",
    input: "علىٰ الفور",
    search: "علي الفور",
  },
  {
    why: "a Quranic pause mark (U+06D6) after a quoted verse, trailing space trimmed",
    input: "قوله تعالى ۖ",
    search: "قوله تعالي",
  },
  {
    why: "kasratan on a genitive noun and fathatan on an adverb",
    input: "بعد اجتماعٍ مغلقٍ استمر طويلاً",
    search: "بعد اجتماع مغلق استمر طويلا",
  },
  {
    why: "harakat kept in display (it only repairs)",
    input: "القِمَّة",
    search: "القمه",
  },
  // — Decomposed hamza and madda —
  {
    why: "alef + combining hamza above (U+0654) composes to أ in display, folds to ا in search",
    input: "ا\u0654عربت موسكو عن قلقها",
    search: "اعربت موسكو عن قلقها",
    display: "أعربت موسكو عن قلقها",
  },
  {
    why: "alef + combining madda (U+0653) composes to آ",
    input: "ا\u0653سيا الوسطى",
    search: "اسيا الوسطي",
    display: "آسيا الوسطى",
  },
  {
    why: "alef + combining hamza below (U+0655) composes to إ",
    input: "الأمن الا\u0655قليمي",
    search: "الامن الاقليمي",
    display: "الأمن الإقليمي",
  },
  {
    why: "waw + hamza above composes to ؤ, which search keeps",
    input: "المو\u0654تمر الصحفي",
    search: "المؤتمر الصحفي",
    display: "المؤتمر الصحفي",
  },
  {
    why: "yeh + hamza above composes to ئ",
    input: "الري\u0654يس التركماني",
    search: "الرئيس التركماني",
    display: "الرئيس التركماني",
  },
  {
    why: "dotless ى + hamza above (an Egyptian keyboard habit) composes to ئ as well",
    input: "رى\u0654يس الوزراء",
    search: "رئيس الوزراء",
    display: "رئيس الوزراء",
  },
  {
    why: "a combining hamza after a letter that has no precomposed form stays in display, goes in search",
    input: "سلا\u0654م",
    search: "سلام",
    display: "سلأم",
  },
  {
    why: "a combining hamza after a space does not compose across the space",
    input: "كلمة \u0654أخرى",
    search: "كلمه اخري",
    display: "كلمة \u0654أخرى",
  },
  {
    why: "an RLM between the letter and the combining hamza is removed first, then they compose",
    input: "ا\u200F\u0654ول مرة",
    search: "اول مره",
    display: "أول مرة",
  },
  // — Tatweel —
  {
    why: "breaking-news headlines stretch words with tatweel",
    input: "عاجـــــل: قمـــة بيشكيـــك",
    search: "عاجل: قمه بيشكيك",
    display: "عاجل: قمة بيشكيك",
  },
  {
    why: "tatweel used as a dash after the dateline leaves a double space in display, one in search",
    input: "موسكو ـ (وكالات)",
    search: "موسكو (وكالات)",
    display: "موسكو  (وكالات)",
  },
  {
    why: "a clitic written apart with tatweel before a year",
    input: "بـ2024",
    search: "ب2024",
    display: "ب2024",
  },
  {
    why: "the article with tatweel before a number (الـ30)",
    input: "الذكرى الـ30 للمعاهدة",
    search: "الذكري ال30 للمعاهده",
    display: "الذكرى ال30 للمعاهدة",
  },
  {
    why: "tatweel between a preposition and a country name",
    input: "التقى بـطاجيكستان وفدا",
    search: "التقي بطاجيكستان وفدا",
    display: "التقى بطاجيكستان وفدا",
  },
  // — Invisible format characters —
  {
    why: "RLM around a number copied out of a right-to-left CMS",
    input: "انعقدت القمة في \u200F٢٧\u200F نوفمبر",
    search: "انعقدت القمه في 27 نوفمبر",
    display: "انعقدت القمة في ٢٧ نوفمبر",
  },
  {
    why: "LRM after a Latin acronym inside Arabic text",
    input: "قوات CSTO\u200E المشتركة",
    search: "قوات csto المشتركه",
    display: "قوات CSTO المشتركة",
  },
  {
    why: "LRE … PDF embedding around an agency name",
    input: "قالت وكالة \u202ARIA Novosti\u202C إن",
    search: "قالت وكاله ria novosti ان",
    display: "قالت وكالة RIA Novosti إن",
  },
  {
    why: "LRI … PDI isolates around a weapon name",
    input: "منظومة \u2066S-400\u2069 الروسية",
    search: "منظومه s-400 الروسيه",
    display: "منظومة S-400 الروسية",
  },
  {
    why: "RLO override (U+202E) pasted from a malformed page",
    input: "\u202Eبيان\u202C رسمي",
    search: "بيان رسمي",
    display: "بيان رسمي",
  },
  {
    why: "Arabic letter mark (U+061C) before a numbered article",
    input: "\u061Cالمادة ٤ من الميثاق",
    search: "الماده 4 من الميثاق",
    display: "المادة ٤ من الميثاق",
  },
  {
    why: "a BOM left at the start of a scraped file",
    input: "\uFEFFبيان صحفي",
    search: "بيان صحفي",
    display: "بيان صحفي",
  },
  {
    why: "a zero-width joiner after a final letter",
    input: "بيشكيك\u200D اليوم",
    search: "بيشكيك اليوم",
    display: "بيشكيك اليوم",
  },
  {
    why: "a zero-width space inside a word (soft wrap hint) joins the word back",
    input: "الاستراتي\u200Bجية",
    search: "الاستراتيجيه",
    display: "الاستراتيجية",
  },
  {
    why: "a word joiner (U+2060) between a number and a unit",
    input: "٣\u2060آلاف جندي",
    search: "3الاف جندي",
    display: "٣آلاف جندي",
  },
  {
    why: "ZWNJ inside a Persian-style name: kept in display, a word break in search",
    input: "إمام\u200Cعلي رحمن",
    search: "امام علي رحمن",
  },
  {
    why: "ZWNJ kept in search when zwnjToSpace is off",
    input: "نور\u200Cسلطان",
    search: "نور سلطان",
    options: [{ options: { zwnjToSpace: false }, output: "نور\u200Cسلطان" }],
  },
  // — Spaces —
  {
    why: "NBSP between the words of a title",
    input: "الرئيس\u00A0الروسي\u00A0فلاديمير بوتين",
    search: "الرئيس الروسي فلاديمير بوتين",
    display: "الرئيس الروسي فلاديمير بوتين",
  },
  {
    why: "narrow NBSP (U+202F) between a number and its noun",
    input: "٥٠\u202Fألف جندي",
    search: "50 الف جندي",
    display: "٥٠ ألف جندي",
  },
  {
    why: "em space and thin space from a typeset source",
    input: "القمة\u2003الطارئة\u2009اليوم",
    search: "القمه الطارئه اليوم",
    display: "القمة الطارئة اليوم",
  },
  {
    why: "figure space (U+2007) inside a date",
    input: "عام\u20072025",
    search: "عام 2025",
    display: "عام 2025",
  },
  {
    why: "paragraph breaks collapse to one space in search and stay in display",
    input: "موسكو (وكالات)\n\nأعلن الكرملين",
    search: "موسكو (وكالات) اعلن الكرملين",
  },
  {
    why: "CRLF and a tab from a Windows-edited wire story",
    input: "العنوان\r\n\tالنص",
    search: "العنوان النص",
  },
  {
    why: "leading and trailing whitespace of every kind is trimmed in search only",
    input: "  \u00A0 قمة مينسك \n",
    search: "قمه مينسك",
    display: "    قمة مينسك \n",
  },
  {
    why: "a whitespace run with RLMs inside is one space",
    input: "قمة \u200F \u00A0\u200F مينسك",
    search: "قمه مينسك",
    display: "قمة    مينسك",
  },
  {
    why: "line and paragraph separators (U+2028/U+2029) count as whitespace",
    input: "الفقرة الأولى\u2029الفقرة الثانية\u2028سطر",
    search: "الفقره الاولي الفقره الثانيه سطر",
  },
  {
    why: "trim without collapsing keeps inner runs",
    input: "  أ  ب \n",
    search: "ا ب",
    options: [{ options: { profile: "display", trim: true }, output: "أ  ب" }],
  },
  // — Persian and Urdu letter forms —
  {
    why: "Arabic typed on a Persian keyboard: Farsi yeh ی",
    input: "الرئیس الطاجیکی إمام علی رحمن",
    search: "الرئيس الطاجيكي امام علي رحمن",
  },
  {
    why: "keheh ک for kaf",
    input: "الکرملین",
    search: "الكرملين",
  },
  {
    why: "Urdu heh goal ہ in a Pakistani name (SCO coverage)",
    input: "شہباز شریف",
    search: "شهباز شريف",
  },
  {
    why: "Kurdish ae ە at the end of a city name",
    input: "العاصمة دوشنبە",
    search: "العاصمه دوشنبه",
  },
  {
    why: "heh with yeh above ۀ (Persian ezafe)",
    input: "خانۀ الضيافة",
    search: "خانه الضيافه",
  },
  {
    why: "heh doachashmee ھ, used by some Gulf sites for every initial ه",
    input: "ھذا ھو الموقف",
    search: "هذا هو الموقف",
  },
  {
    why: "Pashto/Uyghur yeh forms ې and ۍ",
    input: "کابلې ۍ",
    search: "كابلي ي",
  },
  {
    why: "peh, tcheh, gaf and jeh are real letters of names and stay",
    input: "پاشينيان وچيرنوميردين وگرجستان وژاپاروف",
    search: "پاشينيان وچيرنوميردين وگرجستان وژاپاروف",
  },
  // — Presentation forms —
  {
    why: "lam-alef ligature (U+FEFB) expands to two letters",
    input: "\uFEFB يزال الحوار قائما",
    search: "لا يزال الحوار قائما",
  },
  {
    why: "lam-alef with hamza above (U+FEF7) expands and the hamza folds",
    input: "\uFEF7ول مرة",
    search: "لاول مره",
  },
  {
    why: "lam-alef with madda (U+FEF5)",
    input: "\uFEF5ليات التنفيذ",
    search: "لاليات التنفيذ",
  },
  {
    why: "positional letter forms copied out of a PDF: ا ل ق م ة",
    input: "\uFE8D\uFEDF\uFED8\uFEE4\uFE94",
    search: "القمه",
  },
  {
    why: "alef with hamza in presentation form, then meem and noon forms",
    input: "\uFE83\uFEE3\uFEE6",
    search: "امن",
  },
  {
    why: "isolated hamza presentation form",
    input: "\uFE80",
    search: "ء",
  },
  {
    why: "Farsi presentation forms (keheh, Farsi yeh) fold through to Arabic letters",
    input: "\uFB8E \uFBFC",
    search: "ك ي",
  },
  {
    why: "the Allah ligature (U+FDF2)",
    input: "إن شاء \uFDF2",
    search: "ان شاء الله",
  },
  {
    why: "the salawat ligature (U+FDFA) stands for a phrase: kept as one unit, not 18",
    input: "النبي محمد \uFDFA",
    search: "النبي محمد \uFDFA",
  },
  {
    why: "the jalla jalaluhu ligature (U+FDFB) glued to a word stays one unit",
    input: "الله\uFDFB",
    search: "الله\uFDFB",
  },
  {
    why: "the basmala ligature (U+FDFD) stays one unit",
    input: "\uFDFD بيان",
    search: "\uFDFD بيان",
  },
  {
    why: "an isolated shadda presentation form (U+FE7C) is a mark and goes",
    input: "قمة\uFE7C",
    search: "قمه",
  },
  {
    why: "presentation forms kept when foldPresentationForms is off",
    input: "\uFEFB",
    search: "لا",
    options: [{ options: { foldPresentationForms: false }, output: "\uFEFB" }],
  },
  // — Digits —
  {
    why: "mixed ASCII, Persian and Arabic-Indic digits in one list of years",
    input: "عقدت الدورة عام 2002 و۲۰۰۳ و٢٠٠٤",
    search: "عقدت الدوره عام 2002 و2003 و2004",
  },
  {
    why: "a Persian-digit Solar Hijri date",
    input: "۱۴۰۴/۰۹/۰۶",
    search: "1404/09/06",
  },
  {
    why: "a date with digits of two scripts",
    input: "٢٧/11/٢٠٢٥",
    search: "27/11/2025",
  },
  {
    why: "Arabic decimal and percent signs are not digits and stay",
    input: "نسبة ٤٥٫٥٪",
    search: "نسبه 45٫5٪",
  },
  {
    why: "Arabic thousands separator stays between converted digits",
    input: "١٬٥٠٠ عسكري",
    search: "1٬500 عسكري",
  },
  {
    why: "a Hijri year with the هـ abbreviation",
    input: "١٤٤٧هـ",
    search: "1447ه",
    display: "١٤٤٧ه",
  },
  {
    why: "display keeps Arabic digits unless westernDigits is asked for",
    input: "القمة ٢٠٢٥",
    search: "القمه 2025",
    options: [{ options: { profile: "display", westernDigits: true }, output: "القمة 2025" }],
  },
  // — Latin, Cyrillic, Greek —
  {
    why: "Latin acronyms lower-case in search",
    input: "وقالت وكالة TASS إن قوات CSTO",
    search: "وقالت وكاله tass ان قوات csto",
  },
  {
    why: "a Russian name of the organisation in Cyrillic",
    input: "ОДКБ (Организация Договора о коллективной безопасности)",
    search: "одкб (организация договора о коллективной безопасности)",
  },
  {
    why: "Greek is lower-cased letter by letter (no final-sigma rule)",
    input: "ΟΔΗΓΟΣ",
    search: "οδηγοσ",
  },
  {
    why: "Turkish dotted İ has a two-unit lower case and passes through unchanged",
    input: "İLHAM ALİYEV",
    search: "İlham alİyev",
  },
  {
    why: "ISO codes in parentheses",
    input: "كازاخستان (KAZ) وقرغيزستان (KGZ)",
    search: "كازاخستان (kaz) وقرغيزستان (kgz)",
  },
  {
    why: "lower-casing can be switched off",
    input: "CSTO",
    search: "csto",
    options: [{ options: { lowerCase: false }, output: "CSTO" }],
  },
  // — Everything else passes through —
  {
    why: "Arabic quotation marks, semicolon and colon stay",
    input: '«الأمن الجماعي»؛ ثم: "نعم"',
    search: '«الامن الجماعي»؛ ثم: "نعم"',
  },
  {
    why: "emoji used as breaking-news markers pass through",
    input: "🔴 عاجل",
    search: "🔴 عاجل",
  },
  {
    why: "a lone surrogate from a truncated feed passes through",
    input: "قمة\uD800",
    search: "قمه\uD800",
  },
  {
    why: "empty input",
    input: "",
    search: "",
  },
  {
    why: "only noise: search leaves nothing, display leaves the two spaces",
    input: "\u200F\u200E\u0640 \u00A0",
    search: "",
    display: "  ",
  },
  // — Combined noise, as real pages mix it —
  {
    why: "a headline with RLM, tatweel, Egyptian ى, NBSP and a Latin acronym in an embedding",
    input: "\u200Fعاجـل | الرئيـس الروسى\u00A0يصل إلى بيشكيك لحضور قمة \u202ACSTO\u202C",
    search: "عاجل | الرئيس الروسي يصل الي بيشكيك لحضور قمه csto",
    display: "عاجل | الرئيس الروسى يصل إلى بيشكيك لحضور قمة CSTO",
  },
  {
    why: "a dateline with tatweel dash, Arabic-Indic date and NBSP",
    input: "يريفان ـ ٢٣\u00A0نوفمبر (وكالات) ـ أعلنت أرمينيا",
    search: "يريفان 23 نوفمبر (وكالات) اعلنت ارمينيا",
    display: "يريفان  ٢٣ نوفمبر (وكالات)  أعلنت أرمينيا",
  },
  {
    why: "a vocalised, Persian-keyboard sentence with a lam-alef ligature",
    input: "\uFEFB یُمکِنُ تَجاهُلُ دَوْرِ المُنَظَّمَة",
    search: "لا يمكن تجاهل دور المنظمه",
  },
  {
    why: "decomposed hamza, RLM and mixed digits in a quote",
    input: "قال الا\u0654مين العام: \u200F«سنعقد ٣ اجتماعات في 2026»",
    search: "قال الامين العام: «سنعقد 3 اجتماعات في 2026»",
    display: "قال الأمين العام: «سنعقد ٣ اجتماعات في 2026»",
  },
  {
    why: "a caption with a BOM, ZWSP, keheh and Persian digits",
    input: "\uFEFFصورة:\u200B الکرملین ۲۰۲۵",
    search: "صوره: الكرملين 2025",
    display: "صورة: الکرملین ۲۰۲۵",
  },
  {
    why: "a list of capitals separated by Arabic commas and NBSPs",
    input: "موسكو،\u00A0مينسك،\u00A0يريفان،\u00A0أستانا",
    search: "موسكو، مينسك، يريفان، استانا",
    display: "موسكو، مينسك، يريفان، أستانا",
  },
  {
    why: "a sentence whose words all carry one kind of noise or another",
    input: "وشـدّد\u00A0الوزيـر الکازاخستانی علـى أھمیة التعاون",
    search: "وشدد الوزير الكازاخستاني علي اهميه التعاون",
    display: "وشدّد الوزير الکازاخستانی على أھمیة التعاون",
  },
];
