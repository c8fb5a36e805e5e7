import type { EntityCollections } from "../entities/entity-collections.js";
import type { Keyword } from "../linking/gazetteer.js";
import { createDocumentLinker, type LinkDocument } from "../linking/link-entities.js";
import { cueWords } from "./reference-cues.js";

// The organisation's leaders named by its usual anaphor (المنظمة): summit words that also say
// whose meeting it is (session-features.ts).
export const organizationLeaderPhrases: readonly string[] = [
  "قادة المنظمة",
  "رؤساء المنظمة",
  "قادة دول المنظمة",
  "رؤساء دول المنظمة",
];

// Words that say an article is about a summit or a council session (قمة، اجتماع، دورة …), as
// whole words with their proclitics ("الاجتماعي", social, is not a meeting). The linker reports
// them, with the cue words of reference-cues.ts, in the same pass as names.
export const summitWords: readonly string[] = [
  "قمة",
  "القمة",
  "قمتهم",
  "قمتها",
  "قمته",
  "قمم",
  "اجتماع",
  "الاجتماع",
  "اجتماعهم",
  "اجتماعا",
  "اجتماعه",
  "دورة",
  "الدورة",
  "دورته",
  "دورتها",
  "جلسة",
  "الجلسة",
  "زعماء",
  "مجلس الأمن الجماعي",
  "رؤساء الدول",
  "قادة الدول",
];

// The treaty itself, as the press named the Council's states before the organisation existed
// (2002): "رؤساء الدول الأعضاء في معاهدة الأمن الجماعي لرابطة الدول المستقلة".
export const treatyNames: readonly string[] = ["معاهدة الأمن الجماعي", "معاهدة طشقند"];

// Verbs of meeting: not evidence of a summit by themselves, read only to tell whose meeting it
// is ("اجتمع رؤساء أركان جيوش دول المنظمة").
export const meetingVerbs: readonly string[] = ["اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع", "يجتمعون"];

// Plural meeting words: not a summit word (a ministers' round of meetings is not one), but they
// tie a month in their sentence to a meeting ("اجتماعات الهيئات النظامية للمنظمة المقررة في
// نوفمبر المقبل").
export const pluralMeetingWords: readonly string[] = ["اجتماعات", "الاجتماعات", "اجتماعاتها", "اجتماعاتهم"];

let keywords: Keyword[] | undefined;

/** Summit words (tag `summit`), the treaty's names (tag `treaty`), meeting verbs (tag `meet`), plural meeting words (tag `meetings`) and cue words (tags `back`, `future`, `pluperfect`, `particle`). */
export function analysisKeywords(): readonly Keyword[] {
  keywords ??= [
    ...summitWords.map((phrase) => ({ phrase, tag: "summit" })),
    // The organisation's leaders are summit words too: "أقر قادة المنظمة أمس في موسكو بيانا".
    ...organizationLeaderPhrases.map((phrase) => ({ phrase, tag: "summit" })),
    ...treatyNames.map((phrase) => ({ phrase, tag: "treaty" })),
    ...meetingVerbs.map((phrase) => ({ phrase, tag: "meet" })),
    ...pluralMeetingWords.map((phrase) => ({ phrase, tag: "meetings" })),
    ...Object.entries(cueWords).flatMap(([tag, words]) => words.map((phrase) => ({ phrase, tag }))),
  ];
  return keywords;
}

/** The document linker `analyzeArticle` needs: entities, look-alikes and its keywords in one pass. */
export function createAnalysisLinker(collections: EntityCollections): LinkDocument {
  return createDocumentLinker(collections, { keywords: analysisKeywords() });
}
