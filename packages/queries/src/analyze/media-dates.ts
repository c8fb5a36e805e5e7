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
  // Only the unit before each date is read for a hashtag, never the whole text.
  if (media.length === 0 && !dates.some((date) => afterHash(input, date))) return dates;
  return dates.filter((date) => {
    if (afterHash(input, date)) return false;
    return !media.some((span) => span.start < date.end && date.start < span.end);
  });
}

function afterHash(input: string, date: ArticleDate): boolean {
  return input.charCodeAt(date.start - 1) === 0x23; /* # */
}
