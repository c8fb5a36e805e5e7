import type { GoldenCase } from "./golden-dates.js";

/**
 * Golden cases for a quotation spoken at an event the previous sentence dated: the speaker's
 * "today" is the event's day. Written for this project (session 7); none is taken from the
 * evaluation splits or from web pages.
 */
export const GOLDEN_DATES_EVENT_SPEECH: GoldenCase[] = [
  {
    why: "a speech before the summit the previous sentence dated yesterday: its «today» is yesterday",
    ref: "2019-11-29",
    text: "وافق القادة أمس الخميس على خطة مشتركة خلال قمة عقدت في العاصمة القرغيزية. وقال الرئيس في كلمته أمام القمة: «اليوم نفتح صفحة جديدة في تعاوننا».",
    expect: [
      ["أمس الخميس", "2019-11-28"],
      ["اليوم", "2019-11-28"],
    ],
  },
  {
    why: "the closing press conference of the meeting dated Tuesday: the quote's «today» is Tuesday",
    ref: "2016-10-16",
    text: "اختتم الاجتماع أعماله الثلاثاء في العاصمة الأرمينية. وقال الأمين العام في المؤتمر الصحفي الختامي للاجتماع: «وقعنا اليوم سبع وثائق».",
    expect: [
      ["الثلاثاء", "2016-10-11"],
      ["اليوم", "2016-10-11"],
    ],
  },
  {
    why: "a speech during the session (خلال الجلسة) dated the day before yesterday",
    ref: "2021-09-18",
    text: "وناقش النواب أمس الأول مشروع الموازنة في جلسة مطولة. وقال رئيس اللجنة خلال الجلسة: «نصوت اليوم على المواد الأولى».",
    expect: [
      ["أمس الأول", "2021-09-16"],
      ["اليوم", "2021-09-16"],
    ],
  },
  {
    why: "control: a statement not placed at the event keeps the publication day",
    ref: "2019-11-29",
    text: "عقدت القمة أمس الخميس في بيشكيك. وقال المتحدث باسم الوزارة للصحفيين: «اليوم نبدأ تنفيذ ما اتفق عليه».",
    expect: [
      ["أمس الخميس", "2019-11-28"],
      ["اليوم", "2019-11-29"],
    ],
  },
  {
    why: "control: a speech after the summit (عقب القمة) is not placed on its day",
    ref: "2019-11-29",
    text: "عقدت القمة أمس الخميس في بيشكيك. وقال الوزير عقب القمة: «اليوم نبدأ تنفيذ ما اتفق عليه».",
    expect: [
      ["أمس الخميس", "2019-11-28"],
      ["اليوم", "2019-11-29"],
    ],
  },
  {
    why: "control: the dated sentence speaks of another event than the speech's",
    ref: "2019-11-29",
    text: "وصل الرئيس أمس الخميس إلى بيشكيك. وقال في كلمته أمام القمة: «اليوم نفتح صفحة جديدة».",
    expect: [
      ["أمس الخميس", "2019-11-28"],
      ["اليوم", "2019-11-29"],
    ],
  },
];
