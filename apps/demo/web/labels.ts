// Arabic labels for the codes the libraries return (grains, session kinds, formats).

const grainLabels: Readonly<Record<string, string>> = {
  minute: "دقيقة",
  time: "ساعة",
  day: "يوم",
  "part-of-day": "جزء من يوم",
  week: "أسبوع",
  "part-of-week": "جزء من أسبوع",
  month: "شهر",
  "part-of-month": "جزء من شهر",
  quarter: "ربع سنة",
  "half-year": "نصف سنة",
  year: "سنة",
  "part-of-year": "جزء من سنة",
  decade: "عقد",
  "part-of-decade": "جزء من عقد",
  century: "قرن",
  "part-of-century": "جزء من قرن",
  duration: "مدة",
};

const kindLabels: Readonly<Record<string, string>> = {
  regular: "دورة عادية",
  extraordinary: "دورة استثنائية",
  jubilee: "قمة يوبيلية",
  informal: "لقاء غير رسمي",
  other: "اجتماع آخر",
};

const formatLabels: Readonly<Record<string, string>> = {
  "in-person": "حضوري",
  video: "عبر الفيديو",
  hybrid: "مختلط",
};

const statusLabels: Readonly<Record<string, string>> = {
  held: "عُقدت",
  scheduled: "مقررة",
  cancelled: "أُلغيت",
};

const modLabels: Readonly<Record<string, string>> = { start: "مطلع", mid: "منتصف", end: "أواخر" };

export const grainLabel = (grain: string) => grainLabels[grain] ?? grain;
export const kindLabel = (kind: string) => kindLabels[kind] ?? kind;
export const formatLabel = (format: string) => formatLabels[format] ?? format;
export const statusLabel = (status: string) => statusLabels[status] ?? status;
export const modLabel = (mod: string) => modLabels[mod] ?? mod;
