/** The regional press style an article imitates (month names, datelines, calendar habits). */
export type OutletStyle = "egyptian" | "levantine" | "gulf" | "maghrebi" | "wire";

/** One article of the embedded sample: original prose written for this project. */
export interface SampleArticle {
  /** Stable slug, `<published>-<topic>`. */
  readonly id: string;
  readonly title: string;
  readonly outlet: OutletStyle;
  /** Publication date, `YYYY-MM-DD`: the anchor for relative dates in `text`. */
  readonly published: string;
  readonly text: string;
}
