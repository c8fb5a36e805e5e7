// The negative gazetteer: well-known names that are NOT dataset entities but sit within typo or
// vowel-skeleton reach of one, or contain one (docs/entities.md "Look-alikes"). A text span that
// reads as one of these is never linked fuzzily; a look-alike longer than the exact entity name
// inside it (روسيا اليوم, سبارتاك موسكو) hides that name too.
// Written naturally here; turned into gazetteer keys when the table is built.

/** What kind of thing a look-alike is. `media` spans also hide the dates inside them. */
export type LookAlikeKind = "place" | "team" | "media" | "person" | "word";

export const lookAlikeNames: Readonly<Record<LookAlikeKind, readonly string[]>> = {
  // World cities and regions whose names come close to a dataset place.
  place: [
    "كالينينغراد",
    "كالينينجراد",
    "كالينينغراد الروسية",
    "كالينين",
    "ستالينغراد",
    "ستالينجراد",
    "لينيناكان",
    "بتروغراد",
    "بتروجراد",
    "بينسك",
    "تومسك",
    "أومسك",
    "الآستانة",
    "الأستانة",
    "الأطلس",
    "جبال الأطلس",
    "الأطلس الكبير",
    "الأطلس المتوسط",
    "الأطلس الصغير",
    "الأطلنتيك",
    "موسكو بولاية أيداهو",
    "أرمينيا الصغرى",
    "مملكة أرمينيا الصغرى",
    "أرمينيا الكبرى",
    "بروسيا الشرقية",
    "جورجيا الجنوبية",
    "جزيرة جورجيا الجنوبية",
    "أستانا أرينا",
  ],
  // Clubs and national teams named after a place or with a look-alike nickname.
  team: [
    "أسود الأطلس",
    "منتخب أسود الأطلس",
    // The Moroccan teams' nicknames, also written with the -ي of الأطلسي.
    "أسود الأطلسي",
    "أشبال الأطلس",
    "أشبال الأطلسي",
    "لبؤات الأطلس",
    "لبؤات الأطلسي",
    "بوروسيا دورتموند",
    "بروسيا دورتموند",
    "بوروسيا",
    "بوروسيا مونشنغلادباخ",
    "سبارتاك موسكو",
    "دينامو موسكو",
    "لوكوموتيف موسكو",
    "سسكا موسكو",
    "تسسكا موسكو",
    "توربيدو موسكو",
    "زينيت سان بطرسبرغ",
    "زينيت سانت بطرسبرغ",
    "دينامو مينسك",
    "دينامو تبليسي",
    "دينامو كييف",
    "كايرات ألماتي",
    "نادي أستانا",
    "فريق أستانا",
    "نفتشي باكو",
    "نيفتشي باكو",
    // Ice-hockey, football and cycling clubs of the region named after their city.
    "باريس أستانا",
    "سكا سان بطرسبرغ",
    "سكا سانت بطرسبرغ",
    "أفانغارد أومسك",
    "أك بارس قازان",
    "باتي بوريسوف",
    "بيونيك يريفان",
    "أرارات يريفان",
    "شاختار سوليغورسك",
    "توبول كوستاناي",
  ],
  // People whose name reads as a dataset name (Giorgia Meloni is not Georgia).
  person: ["جورجيا ميلوني", "جورجا ميلوني", "باكو ألكاسير", "باكو خيميز"],
  // Newspapers, channels and programmes whose names carry a place or a date word.
  media: [
    "روسيا اليوم",
    "قناة روسيا اليوم",
    "موسكو تايمز",
    "ذا موسكو تايمز",
    "موسكوفسكي كومسوموليتس",
    "صحيفة اليوم",
    "جريدة اليوم",
    "اليوم السابع",
    "المصري اليوم",
    "أخبار اليوم",
    "كازاخستان اليوم",
    "أرمينيا اليوم",
    "أذربيجان اليوم",
    "جورجيا اليوم",
    "العرب اليوم",
    "بغداد اليوم",
    "مصر اليوم",
    "روسيا 24",
    "صوت روسيا",
    "روسيسكايا غازيتا",
    "كازاخستانسكايا برافدا",
    "سوفيتسكايا بيلوروسيا",
    "صحيفة الأطلس",
    "أنباء موسكو",
    "وكالة أنباء موسكو",
    "مدار اليوم",
  ],
  // Common words a typo away from a name.
  word: [
    "فروسية",
    "الفروسية",
    "أطلس",
    "الأوروبي",
    "الاتحاد الأوروبي",
    "الاتحاد الأوربي",
    "الاتحاد السوفيتي",
    "الاتحاد السوفياتي",
    // The Syria talks' format, held in other cities too ("اجتماع في الدوحة بصيغة أستانا").
    "صيغة أستانا",
    "مسار أستانا",
    "عملية أستانا",
  ],
};

/**
 * Words that name a sports club before the city it is named after (نادي أستانا، دينامو
 * مينسك، سكا سان بطرسبرغ): a dataset city right after one is the club's name, not the city.
 * The listed clubs above stay for the spellings these heads do not cover.
 */
export const clubHeads: readonly string[] = [
  "نادي",
  "فريق",
  "دينامو",
  "سبارتاك",
  "لوكوموتيف",
  "تسسكا",
  "سسكا",
  "سيسكا",
  "سكا",
  "زينيت",
  "توربيدو",
  "كايرات",
  "كيرات",
  "قيرات",
  "توبول",
  "شاختار",
  "أفانغارد",
  "نفتشي",
  "نيفتشي",
  "بيونيك",
];

/**
 * US states that name a town after a dataset city (Moscow, Idaho; St Petersburg, Florida):
 * the city name followed by one of them, or by "الأمريكية", is that town.
 */
export const usStateNames: readonly string[] = [
  "أيداهو",
  "ايداهو",
  "فلوريدا",
  "تكساس",
  "أوهايو",
  "بنسلفانيا",
  "تينيسي",
  "فيرمونت",
  "ماين",
  "ميشيغان",
  "إنديانا",
  "أيوا",
  "كانساس",
  "أركنساس",
  "أوكلاهوما",
  "أريزونا",
  "اريزونا",
  "نيفادا",
  "ويسكونسن",
  "ويسكونسون",
  "كارولينا",
  "كاليفورنيا",
  "ألاباما",
  "ميسيسيبي",
  "لويزيانا",
  "فرجينيا",
  "فيرجينيا",
  "كنتاكي",
  "كولورادو",
  "مينيسوتا",
  "ميزوري",
  "إلينوي",
  "ماساتشوستس",
  "ماريلاند",
  "نيوجيرسي",
  "ألاسكا",
  "هاواي",
  "أوريغون",
  "يوتا",
  "نبراسكا",
  "مونتانا",
];

/**
 * Dataset cities with a US namesake big enough to be in the news (St. Petersburg, Florida;
 * Moscow, Idaho, home of the University of Idaho): the namesake's state, then the cities a list
 * names beside it ("تامبا وسانت بطرسبرغ"). One string per city, words apart: the table stays small.
 */
export const usNamesakes: Readonly<Record<string, string>> = {
  "city:saint_petersburg": "فلوريدا تامبا أورلاندو ميامي أتلانتا كليرووتر",
  "city:moscow": "أيداهو بويسي",
};

/**
 * Words before a place that make it the name of a street or square (شارع أرمينيا، ساحة موسكو،
 * جادة بيروت): the street, not the place.
 */
export const streetHeads: readonly string[] = [
  "شارع",
  "جادة",
  "ساحة",
  "ميدان",
  "حي",
  // Establishments named after a place (مطعم موسكو in Beirut, فندق باكو in Cairo).
  "مطعم",
  "فندق",
  "مقهى",
  "ملهى",
  "مخبز",
];
