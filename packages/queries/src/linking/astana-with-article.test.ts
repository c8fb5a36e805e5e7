import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

// Astana written with the article: الآستانا (Al-Akhbar) and الأستانة (Al-Ahram, Al-Alam Morocco),
// sources in packages/model/docs/research/names.md. الأستانة (الآستانة) is also the classical
// Arabic name of Istanbul: in a text about the Ottoman capital it stays unlinked.
const link = createLinker(dataset);
const pairs = (text: string) => link(text).map((m) => `${m.id}=${m.text}`);

describe("Astana written with the article", () => {
  it("links الآستانا and الأستانا, also after a proclitic", () => {
    expect(pairs("انطلقت المحادثات في الآستانا صباح اليوم")).toEqual(["city:astana=الآستانا"]);
    expect(pairs("وعاد الوزير من الأستانا، وبالأستانا وقع الاتفاق")).toEqual([
      "city:astana=الأستانا",
      "city:astana=الأستانا",
    ]);
  });
  it("links الأستانة in a text of today's news", () => {
    expect(pairs("وصل الرئيس الأرميني إلى الأستانة للمشاركة في القمة")).toEqual([
      "state:ARM=الأرميني",
      "city:astana=الأستانة",
    ]);
    expect(pairs("وقال مصدر للأستانة إن الموعد لم يحدد")).toEqual(["city:astana=للأستانة"]);
    // Istanbul named in the same text decides nothing: it is a city of today too.
    expect(pairs("تعقد القمة في العاصمة الكازاخستانية الآستانة، وكانت القمة السابقة في إسطنبول")).toEqual([
      "state:KAZ=الكازاخستانية",
      "city:astana=الآستانة",
    ]);
  });
  it("keeps الأستانة for Istanbul in a text about the Ottoman capital", () => {
    expect(pairs("سافر الشاب إلى الآستانة ليدرس الطب في عهد السلطان محمد رشاد")).toEqual([]);
    expect(pairs("رحلة إلى الأستانة\nكانت عاصمة الدولة العثمانية تستقبل طلاب العلم من كل مكان")).toEqual([]);
    expect(pairs("وظلت الأستانة مقرا للخلافة قرونا")).toEqual([]);
  });
  it("still links the other spellings of Astana", () => {
    expect(pairs("وصل الوفد إلى أستانة ثم إلى آستانا")).toEqual(["city:astana=أستانة", "city:astana=آستانا"]);
  });
});
