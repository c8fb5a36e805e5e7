import { lazyWordSet } from "../lazy.js";

/**
 * Scheduled events a day word after them dates: "قمة الغد" (tomorrow's summit), "مباراة
 * الأربعاء" (Wednesday's match). Search-normalized. "صحيفة الغد" is a name, not an event.
 */
export const eventHeads = lazyWordSet(
  "قمه اجتماع اجتماعات جلسه جلسات لقاء لقاءات محادثات مفاوضات زياره انتخابات اقتراع تصويت مؤتمر حفل مراسم مباراه مناورات موعد عرض احتفال احتفالات مسيره تظاهره مظاهره".split(
    " ",
  ),
);
