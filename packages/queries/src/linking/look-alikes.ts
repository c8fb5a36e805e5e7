// The negative gazetteer: well-known names that are NOT dataset entities but sit within typo or
// vowel-skeleton reach of one, or contain one (docs/entities.md "Look-alikes"). A text span that
// reads as one of these is never linked fuzzily; a look-alike longer than the exact entity name
// inside it (روسيا اليوم, سبارتاك موسكو) hides that name too.
// Written naturally here; turned into gazetteer keys when the table is built.

/** What kind of thing a look-alike is. `media` spans also hide the dates inside them. */
export type LookAlikeKind = "place" | "team" | "media" | "word";

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
    "بروسيا الشرقية",
  ],
  // Clubs and national teams named after a place or with a look-alike nickname.
  team: [
    "أسود الأطلس",
    "منتخب أسود الأطلس",
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
    // Players whose given name is a dataset city (Paco = باكو).
    "باكو ألكاسير",
    "باكو خيميز",
  ],
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
    "روسيا 24",
    "صوت روسيا",
    "روسيسكايا غازيتا",
    "كازاخستانسكايا برافدا",
    "سوفيتسكايا بيلوروسيا",
    "صحيفة الأطلس",
  ],
  // Common words a typo away from a name.
  word: ["أطلس", "الأوروبي", "الاتحاد الأوروبي", "الاتحاد الأوربي", "الاتحاد السوفيتي", "الاتحاد السوفياتي"],
};
