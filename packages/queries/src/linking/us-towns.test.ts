import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

const link = createLinker(dataset);
const ids = (text: string) => link(text).map((m) => m.id);

describe("US towns named after a dataset city", () => {
  it("reads a city listed beside US cities as the US town", () => {
    expect(ids("أغلقت المدارس في ميامي وسانت بطرسبرغ وأورلاندو بسبب العاصفة.")).toEqual([]);
    expect(ids("وانقطعت الكهرباء عن سانت بطرسبرغ وكليرووتر طوال الليل.")).toEqual([]);
  });
  it("reads a city followed by في or ب and its namesake's state as the US town", () => {
    expect(ids("قال عمدة مدينة سانت بطرسبرغ في فلوريدا إن المياه غمرت الأحياء الساحلية.")).toEqual([]);
    expect(ids("عثرت الشرطة على الطلاب الأربعة في منزل قرب جامعة موسكو بأيداهو.")).toEqual([]);
  });
  it("reads a city as its US namesake in a text that names the namesake's state", () => {
    expect(ids("غمرت الأمطار سانت بطرسبرغ ليلا.\nوأعلن حاكم ولاية فلوريدا حالة الطوارئ في المقاطعات الغربية.")).toEqual(
      [],
    );
    expect(ids("أعادت الجامعة في موسكو فتح أبوابها بعد الجريمة التي هزت أيداهو.")).toEqual([]);
  });
  it("keeps the Russian city in a Russian context or beside another US state", () => {
    expect(ids("التقى الرئيس الروسي في سانت بطرسبرغ مستثمرين قدموا من فلوريدا.")).toEqual([
      "state:RUS",
      "city:saint_petersburg",
    ]);
    expect(ids("تبعد موسكو آلاف الكيلومترات عن فلوريدا، لكن الرحلات مستمرة.")).toEqual(["city:moscow"]);
    expect(ids("استأنفت الشركة رحلاتها المباشرة بين موسكو وميامي.")).toEqual(["city:moscow"]);
    expect(ids("زار بوتين سانت بطرسبرغ، ثم استقبل وفدا من فلوريدا.")).toEqual([
      "person:putin",
      "city:saint_petersburg",
    ]);
    expect(ids("حطت في سانت بطرسبرغ طائرة قادمة من موسكو وعلى متنها سياح من ميامي.")).toEqual([
      "city:saint_petersburg",
      "city:moscow",
    ]);
  });
});
