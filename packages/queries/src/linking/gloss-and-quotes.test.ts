import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const ids = (text: string) => link(text).map((m) => m.id);

describe("an explanation after ، أي that is no gloss of the word", () => {
  it("keeps a name described by a superlative or a head noun (دولة، مدينة)", () => {
    expect(ids("وصلت الرئيسة إلى طاجيكستان، أي أصغر دول المنطقة مساحة، في زيارة رسمية.")).toEqual(["state:TJK"]);
    expect(ids("انتقل المقر إلى ألماتي، أي المدينة الأكبر في البلاد، قبل عقدين.")).toEqual(["city:almaty"]);
  });
  it("keeps a name followed by a time clause or a number, and its adjectives elsewhere", () => {
    expect(ids("عاد السفير إلى أرمينيا، أي بعد أسبوعين من استدعائه، وقال مصدر أرمني إن الأزمة انتهت.")).toEqual([
      "state:ARM",
      "state:ARM",
    ]);
    expect(ids("غادر الوزير موسكو، أي قبل ساعات من افتتاح القمة، متوجها إلى مينسك.")).toEqual([
      "city:moscow",
      "city:minsk",
    ]);
    expect(ids("بلغت واردات أوزبكستان، أي 12 مليار دولار، مستوى قياسيا.")).toEqual(["state:UZB"]);
  });
  it("still reads a short noun phrase that could be what the word means as a gloss", () => {
    expect(ids("طلبت في المطعم الناتو، أي فول الصويا المخمر، مع الأرز والبيض.")).toEqual([]);
    // A given name explained as a person: the state's adjective beside it still names the state.
    expect(ids("زارتني جورجيا، أي ابنة خالتي، مع زوجها الجورجي.")).toEqual(["state:GEO"]);
  });
});

describe("a quoted outlet name ends at its closing quote", () => {
  it("links the name after a quoted channel or radio name", () => {
    expect(ids('ونقلت قناة "العربية" عن توكاييف قوله إن بلاده مستعدة للحوار.')).toEqual(["person:tokayev"]);
    expect(ids('وذكرت إذاعة "سبوتنيك" أن روسيا سترد على العقوبات.')).toEqual(["state:RUS"]);
    expect(ids('وقال لافروف لقناة "الميادين" إن موسكو لن تتراجع.')).toEqual(["city:moscow"]);
  });
  it("still reads a name inside the quotes as the outlet's or the thing's", () => {
    expect(ids('وبثت قناة "أرمينيا" الرسمية اللقاء كاملا.')).toEqual([]);
    expect(ids('ونشرت صحيفة "كازاخستان الجديدة" مقالا عن الإصلاحات.')).toEqual([]);
  });
});
