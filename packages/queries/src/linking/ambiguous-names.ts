// Names (or name parts) that are also common Arabic words or other places (ENTITIES.md "What
// does not link"). When such a word is matched ALONE it links only if its context rule allows.
// Words are written naturally here and turned into gazetteer keys when the table is built.
import { usStateNames } from "./look-alikes.js";
import { wordKey } from "./name-key.js";

/** How a lone ambiguous name is gated. */
export interface ContextRule {
  /** Links only when the previous word (proclitics removed) is one of these, or a word of `allowNear` is near. */
  requirePrevious?: readonly string[];
  /** With `requirePrevious`: words that also allow the link within `window` words either side. */
  allowNear?: readonly string[];
  /** Never links when the next word is one of these. */
  blockNext?: readonly string[];
  /** Never links when the previous word (proclitics removed) is one of these. */
  blockPrevious?: readonly string[];
  /** Never links when one of these words is within `window` words either side. */
  blockNear?: readonly string[];
  /**
   * Never links when the word right before or after it (proclitics removed) is one of these: a
   * list of things of the other sense (ولايات أريزونا وجورجيا ونيفادا).
   */
  blockBeside?: readonly string[];
  /**
   * One of these words anywhere in the document settles the other sense for the whole document
   * (أتلانتا: the US state), unless a word of `documentEntity` occurs in it too.
   */
  documentOther?: readonly string[];
  /** With `documentOther`: words that keep the entity's sense possible (تبليسي، القوقاز). */
  documentEntity?: readonly string[];
  /**
   * Never links after an occupation (perhaps with adjectives between): a person's given name
   * (الرسامة الأمريكية جورجيا أوكيف). Settles the document's sense.
   */
  blockAfterRole?: boolean;
  /**
   * An indefinite nisba that only links as an adjective: never after a definite word or one
   * with a possessive ending (لمؤسسها جورجي زيدان is the given name).
   */
  blockDefiniteBefore?: boolean;
  window?: number;
}

// Words that make a lone رحمن / رحمان the Tajik president.
const tajikContext = ["طاجيكستان", "الطاجيكي", "الطاجيكية", "الطاجيك", "دوشنبه", "دوشانبي", "الطاجيكستاني"];

// Titles before a given name.
const titleWords = [
  "الجنرال",
  "المارشال",
  "السيد",
  "الرئيس",
  "الكاتب",
  "الممثل",
  "اللاعب",
  "المدرب",
  "الوزير",
  "الأميرال",
  "العقيد",
  "الفريق",
];

const never: ContextRule = { requirePrevious: [] };

/** Built lazily: the rule per lone-word key. */
export function ambiguousNameRules(): ReadonlyMap<string, ContextRule> {
  rules ??= keyed([
    // "صدر" = "was issued", إمام، علي، قاسم، نور، سلطان: first names and common words.
    ["صدر", never],
    ["صادر", never],
    ["إمام", never],
    ["علي", never],
    ["قاسم", never],
    ["نور", never],
    ["سلطان", never],
    ["ليفون", never],
    ["غريب", never],
    // رحمن: "merciful"; links after a title or the Tajik adjective (الرئيس رحمن، الطاجيكي رحمن).
    [
      "رحمان",
      {
        requirePrevious: ["الرئيس", "رئيس", "الطاجيكي", "الطاجيكستاني", "طاجيكستان", "الزعيم", "نظيره", "ونظيره"],
        allowNear: tajikContext,
        window: 8,
      },
    ],
    [
      "رحمن",
      {
        requirePrevious: ["الرئيس", "رئيس", "الطاجيكي", "الطاجيكستاني", "طاجيكستان", "الزعيم", "نظيره", "ونظيره"],
        allowNear: tajikContext,
        window: 8,
      },
    ],
    // جورجيا: also the US state (ولاية جورجيا، جامعة جورجيا، جورجيا تك، أتلانتا).
    [
      "جورجيا",
      {
        blockPrevious: ["ولاية", "حاكم", "حاكمة", "ولايتي", "ولايات", "جامعة", "ناخبو", "ناخبي"],
        blockNext: ["الأمريكية", "الأميركية", "الامريكية", "تك"],
        blockNear: ["أمريكية", "الأمريكية", "أميركية", "الأميركية", "أتلانتا", "الأمريكي", "الأميركي", "ولاية"],
        blockBeside: usStateNames,
        blockAfterRole: true,
        // Places of the US state: in a document naming them, a bare جورجيا is the state too.
        documentOther: ["أتلانتا", "اتلانتا", "سافانا", "فولتون"],
        documentEntity: [
          "تبليسي",
          "القوقاز",
          "أبخازيا",
          "أوسيتيا",
          "باتومي",
          "كوتايسي",
          "الجورجي",
          "الجورجية",
          "الجورجيين",
          "الجورجيون",
          "ساكاشفيلي",
          "زورابيشفيلي",
          "كوباخيدزه",
          "إيفانيشفيلي",
          "غاريباشفيلي",
          "شيفرنادزه",
        ],
        window: 6,
      },
    ],
    // ميدفيديف alone in sports news is the tennis player (المصنف الأول، بطولة، ويمبلدون).
    [
      "ميدفيديف",
      {
        blockNear: [
          "التنس",
          "تنس",
          "المصنف",
          "ويمبلدون",
          "رولان",
          "غاروس",
          "فلاشينغ",
          "الشوط",
          "أشواط",
          "مجموعتين",
          "المجموعة الأولى",
          "الجولة",
          "بطولة",
          "المباراة",
          "مباراة",
          "نهائي",
          "النهائي",
          "نادال",
          "ديوكوفيتش",
          "ألكاراز",
          "سينر",
        ],
        window: 10,
      },
    ],
    // دوشنبه: also the Persian word for Monday (روز دوشنبه، يوم دوشنبه).
    [
      "دوشنبه",
      {
        blockPrevious: ["روز", "يوم", "امروز"],
        // The other Persian weekday names, or the language named, nearby.
        blockNear: ["شنبه", "يكشنبه", "سهشنبه", "سه شنبه", "جهارشنبه", "چهارشنبه", "پنجشنبه", "بالفارسية", "الفارسية"],
        window: 12,
      },
    ],
    // أذربيجان الشرقية / الغربية: provinces of Iran.
    ["أذربيجان", { blockNext: ["الشرقية", "الغربية", "الإيرانية"] }],
    // جورجي: also the given name Georgy (الجنرال جورجي جوكوف).
    ["جورجي", { blockPrevious: titleWords, blockDefiniteBefore: true }],
    // الأطلسي: the Atlantic ocean (المحيط الأطلسي، عبر الأطلسي).
    ["الأطلسي", { blockPrevious: ["المحيط", "محيط", "عبر", "ضفتي", "جانبي", "الساحل", "ساحل", "سواحل", "السواحل"] }],
  ]);
  return rules;
}

function keyed(entries: readonly (readonly [string, ContextRule])[]): Map<string, ContextRule> {
  const wordKeys = (words: readonly string[] | undefined) => words?.map(wordKey);
  const map = new Map<string, ContextRule>();
  for (const [word, rule] of entries) {
    const keyedRule: ContextRule = { ...rule };
    if (rule.requirePrevious) keyedRule.requirePrevious = wordKeys(rule.requirePrevious)!;
    if (rule.blockNext) keyedRule.blockNext = wordKeys(rule.blockNext)!;
    if (rule.blockPrevious) keyedRule.blockPrevious = wordKeys(rule.blockPrevious)!;
    if (rule.blockNear) keyedRule.blockNear = wordKeys(rule.blockNear)!;
    if (rule.allowNear) keyedRule.allowNear = wordKeys(rule.allowNear)!;
    if (rule.blockBeside) keyedRule.blockBeside = wordKeys(rule.blockBeside)!;
    if (rule.documentOther) keyedRule.documentOther = wordKeys(rule.documentOther)!;
    if (rule.documentEntity) keyedRule.documentEntity = wordKeys(rule.documentEntity)!;
    map.set(wordKey(word), keyedRule);
  }
  return map;
}

let rules: Map<string, ContextRule> | undefined;
