import { dataset } from "@csto/model/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const pairs = (text: string) => link(text).map((m) => `${m.id}=${m.text}`);

describe("linkEntities", () => {
  it("links full names, adjectives and cities with original offsets", () => {
    const text = "التقى الرئيس الروسي فلاديمير بوتين نظيره القرغيزي في بيشكيك.";
    expect(pairs(text)).toEqual([
      "state:RUS=الروسي",
      "person:putin=فلاديمير بوتين",
      "state:KGZ=القرغيزي",
      "city:bishkek=بيشكيك",
    ]);
    for (const m of link(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it("links a nisba in the indefinite accusative (its tanween on an alif)", () => {
    expect(pairs("أرسلت الحكومة فوجًا طاجيكيًا إلى الحدود")).toEqual(["state:TJK=طاجيكيًا"]);
    expect(pairs("وشارك لواء أوزبكيا في التدريب")).toEqual(["state:UZB=أوزبكيا"]);
  });
  it("leaves proclitics out and keeps the لل contraction", () => {
    expect(pairs("وبموسكو وللكرملين وللاتحاد الروسي وبـطاجيكستان")).toEqual([
      "city:moscow=موسكو",
      "org:kremlin=للكرملين",
      "state:RUS=للاتحاد الروسي",
      "state:TJK=طاجيكستان",
    ]);
  });
  it("prefers the longest name", () => {
    expect(pairs("روسيا البيضاء ونور سلطان نزارباييف ومنظمة معاهدة الأمن الجماعي")).toEqual([
      "state:BLR=روسيا البيضاء",
      "person:nazarbayev=نور سلطان نزارباييف",
      "org:csto=منظمة معاهدة الأمن الجماعي",
    ]);
  });
  it("does not link the council, the concept, anaphora or common words", () => {
    expect(pairs("مجلس الأمن الجماعي ومجلس الأمن والأمن الجماعي، المنظمة والحلف والعاصمة. صدر القرار.")).toEqual([]);
    expect(pairs("وزار حاكم ولاية جورجيا الأمريكية مدينة أتلانتا.")).toEqual([]);
    expect(pairs("عبد الرحمن ورحمن")).toEqual([]);
    expect(pairs("الرئيس رحمن")).toEqual(["person:rahmon=رحمن"]);
  });
  it("tolerates vowel spelling variants, typos, patronymics and noise", () => {
    expect(pairs("قيرغيزيستان نزاربايف إمام علي رخمون ألكسندر غريغوريفيتش لوكاشينكو بو\u200cتين")).toEqual([
      "state:KGZ=قيرغيزيستان",
      "person:nazarbayev=نزاربايف",
      "person:rahmon=إمام علي رخمون",
      "person:lukashenko=ألكسندر غريغوريفيتش لوكاشينكو",
      "person:putin=بو\u200cتين",
    ]);
  });
  it("reads a name whose space before an ال word was lost in print", () => {
    expect(pairs("وصل الوفد إلى عاصمة روسياالبيضاء أمس بعد محادثات مع الاتحادالروسي.")).toEqual([
      "state:BLR=روسياالبيضاء",
      "state:RUS=الاتحادالروسي",
    ]);
  });
  it("reads a one-word state name printed as two words whose second is another state", () => {
    expect(pairs("استقبل رئيس بيلا روسيا نظيره الروسي.")).toEqual(["state:BLR=بيلا روسيا", "state:RUS=الروسي"]);
  });
  it("keeps a surname with the full name seen before it", () => {
    expect(pairs("حيدر علييف رئيساً. وقال علييف")).toEqual([
      "person:heydar_aliyev=حيدر علييف",
      "person:heydar_aliyev=علييف",
    ]);
  });
  it("never throws and returns sorted, exact slices for any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), arabicish()), (text) => {
        const mentions = link(text);
        let last = -1;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

function arabicish() {
  const pieces = [
    "بوتين",
    "و",
    "ل",
    "لل",
    "ال",
    "روسيا",
    " ",
    "ـ",
    "\u064E",
    "\u200C",
    "\u200F",
    "ﻻ",
    "-",
    "(",
    "الروسي",
    "قاسم",
    "جومارت",
    "توكاييف",
  ];
  return fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));
}

describe("linkEntities glosses", () => {
  it("links a name and its gloss as two mentions of the same entity", () => {
    expect(pairs("زار بيلاروسيا (روسيا البيضاء) أمس")).toEqual(["state:BLR=بيلاروسيا", "state:BLR=روسيا البيضاء"]);
  });
});
