import type { LookAlikeSpan } from "../linking/link-entities.js";
import type { ArticleDate } from "./types.js";

/**
 * Drops date mentions that are part of a newspaper or programme name (صحيفة اليوم، اليوم
 * السابع، روسيا اليوم) or of a hashtag (#اليوم): they name an outlet, not a day.
 */
export function dropDatesInMediaNames(
  input: string,
  dates: ArticleDate[],
  lookAlikes: readonly LookAlikeSpan[],
): ArticleDate[] {
  const media = lookAlikes.filter((span) => span.kind === "media");
  if (media.length === 0 && !input.includes("#")) return dates;
  return dates.filter((date) => {
    if (input.charCodeAt(date.start - 1) === 0x23 /* # */) return false;
    return !media.some((span) => span.start < date.end && date.start < span.end);
  });
}
