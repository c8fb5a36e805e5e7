import { lazy } from "../lazy.js";
import { type ScanContext, wordAt } from "../scan-context.js";

// One-word anaphoric qualifiers of a period noun, by step from the previous date.
const single = lazy(
  () =>
    new Map<string, number>([
      ["نفسه", 0],
      ["ذاته", 0],
      ["عينه", 0],
      ["نفسها", 0],
      ["ذاتها", 0],
      ["التالي", 1],
      ["التاليه", 1],
      ["اللاحق", 1],
      ["اللاحقه", 1],
      ["الموالي", 1],
      ["المواليه", 1],
      ["السابق", -1],
      ["السابقه", -1],
    ]),
);
// Relative clauses "الذي سبقه" (the one before it), "التي تلتها" (the one after it).
const clauses = lazy(
  () =>
    new Map<string, number>([
      ["سبقه", -1],
      ["سبقها", -1],
      ["سبقته", -1],
      ["سبقتها", -1],
      ["قبله", -1],
      ["قبلها", -1],
      ["تلاه", 1],
      ["تلاها", 1],
      ["تلته", 1],
      ["تلتها", 1],
      ["يليه", 1],
      ["تليه", 1],
      ["تليها", 1],
      ["بعده", 1],
      ["بعدها", 1],
    ]),
);

/**
 * The anaphoric qualifier at token k of a period noun ("العام السابق", "العام الذي سبقه",
 * "السنة التي تلتها", "العام نفسه"): the step from the previous date and its last token.
 */
export function anaphoraAt(ctx: ScanContext, k: number): { step: number; last: number } | undefined {
  const w = wordAt(ctx, k);
  if (w === undefined) return undefined;
  const one = single().get(w);
  if (one !== undefined) return { step: one, last: k };
  if (w !== "الذي" && w !== "التي") return undefined;
  const step = clauses().get(wordAt(ctx, k + 1) ?? "");
  return step === undefined ? undefined : { step, last: k + 1 };
}
