import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const ids = (text: string) => link(text).map((m) => m.id);

describe("a leader's surname after a frequent given name of the region", () => {
  it("reads the surname after ألبرت or إلدار as someone else's", () => {
    expect(ids("قال ألبرت لوكاشينكو إن مصنعه سيتوسع")).toEqual([]);
    expect(ids("افتتح إلدار بوتين مخبزا جديدا في قازان")).toEqual([]);
    expect(ids("وأكد ألبرت بوتين، صاحب الشركة، أن الأسعار ستنخفض")).toEqual([]);
    expect(ids("وقال روسلان لوكاشينكو إن متجره سيغلق، وأضاف أليشر كريموف أن السوق هادئة")).toEqual([]);
  });
  it("still links the leader after a title, alone, or named in full", () => {
    expect(ids("قال الرئيس لوكاشينكو إن المصنع سيتوسع")).toEqual(["person:lukashenko"]);
    expect(ids("وأكد بوتين أن الأسعار ستنخفض")).toEqual(["person:putin"]);
    expect(ids("قال ألكسندر لوكاشينكو إن المصنع سيتوسع")).toEqual(["person:lukashenko"]);
  });
  it("keeps a leader whose own given name is also in the list of others", () => {
    expect(ids("وصل كارين كارابيتيان إلى موسكو")).toEqual(["person:karen_karapetyan", "city:moscow"]);
  });
});

describe("a businessman or businesswoman named like a leader", () => {
  it("reads the surname after رجل الأعمال or سيدة الأعمال and a given name as a namesake's", () => {
    expect(ids("وأعلن رجل الأعمال أناتولي لوكاشينكو شراء مصنع للأسمدة")).toEqual([]);
    expect(ids("كرمت الغرفة التجارية سيدة الأعمال يلينا بوتين. وقالت بوتين إن شركتها ستتوسع")).toEqual([]);
  });
  it("keeps the leader when رجل الأعمال is the subject and he the object", () => {
    expect(ids("وسأل رجل الأعمال بوتين عن الضرائب")).toEqual(["person:putin"]);
    expect(ids("والتقى رجل الأعمال الرئيس لوكاشينكو أمس")).toEqual(["person:lukashenko"]);
  });
});

describe("a given name with a proclitic before a leader's surname", () => {
  it("reads the given name through its proclitic (لآرام، وآرام، ولإلدار)", () => {
    expect(ids("عزفت الأوركسترا لآرام خاتشاتوريان")).toEqual([]);
    expect(ids("استمع الجمهور إلى مقطوعات لشوستاكوفيتش وآرام خاتشاتوريان")).toEqual([]);
    expect(ids("منحت الجائزة لماكسيم ميدفيديف، وهو مهندس شاب")).toEqual([]);
  });
  it("still links the leader named in full after a proclitic, and in a list of leaders", () => {
    expect(ids("التقى باشينيان وفاهاغن خاتشاتوريان بالوفد")).toEqual([
      "person:pashinyan",
      "person:vahagn_khachaturyan",
    ]);
    expect(ids("وأشاد لوكاشينكو وبوتين بالاتفاق")).toEqual(["person:lukashenko", "person:putin"]);
  });
});

describe("a list of leaders whose surname is another leader's given name", () => {
  it("reads رحمون before وجاباروف as a list, not as Rahmon Nabiyev's given name", () => {
    expect(ids("وحضر القمة توكاييف ورحمون وجاباروف")).toEqual(["person:tokayev", "person:rahmon", "person:japarov"]);
  });
});
