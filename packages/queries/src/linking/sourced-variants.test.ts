import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { createLinker } from "./link-entities.js";

// Spellings added to @csto/model from Arabic pages read on 2026-12-05 (sources and reasons in
// packages/model/docs/research/names.md). The sentences are our own; each variant is tried bare,
// after a proclitic and in a longer sentence, and the look-alikes near it must stay unlinked.
const link = createLinker(dataset);
const pairs = (text: string) => link(text).map((m) => `${m.id}=${m.text}`);

describe("variants sourced on 2026-12-05", () => {
  it("links دوشنابه (Dushanbe) with and without proclitics", () => {
    expect(pairs("اجتمع القادة في دوشنابه يوم الثلاثاء")).toEqual(["city:dushanbe=دوشنابه"]);
    expect(pairs("عاد الوفد من طاجكستان وبدوشنابه عقد لقاءه الأخير")).toEqual([
      "state:TJK=طاجكستان",
      "city:dushanbe=دوشنابه",
    ]);
  });

  it("links إريڤان (Yerevan), also written with ف", () => {
    expect(pairs("سافر الوزير إلى إريڤان لبحث الأزمة")).toEqual(["city:yerevan=إريڤان"]);
    expect(pairs("وقالت مصادر في إريفان إن الاجتماع أرجئ")).toEqual(["city:yerevan=إريفان"]);
  });

  it("keeps the look-alikes of the new spellings unlinked", () => {
    // Iran and Eritrea share letters with إريفان; دوشنبه after يوم is the Persian Monday.
    expect(pairs("زار الوزير إيران ثم إريتريا")).toEqual([]);
    expect(pairs("قال الكاتب الإيراني إن الموعد يوم دوشنبه")).toEqual([]);
  });
});
