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

  it("links the CSTO as منظمة حلف الأمن الجماعي and منظمة معاهدة الأمن المشترك", () => {
    expect(pairs("وقال دبلوماسي إن منظمة حلف الامن الجماعي سترسل مراقبين")).toEqual([
      "org:csto=منظمة حلف الامن الجماعي",
    ]);
    expect(pairs("ووفقا لمنظمة معاهدة الأمن المشترك فإن التدريبات ستبدأ")).toEqual([
      "org:csto=منظمة معاهدة الأمن المشترك",
    ]);
  });

  it("links the full names of leaders written with other given names", () => {
    expect(pairs("واتصل قوسيم جومارت توكاييف بنظيره سدير جاباروف مساء الأحد")).toEqual([
      "person:tokayev=قوسيم جومارت توكاييف",
      "person:japarov=سدير جاباروف",
    ]);
    expect(pairs("استقبل قرمان بيك باقييف الوفد، ثم صرح باقييف بأن المحادثات مثمرة")).toEqual([
      "person:bakiyev=قرمان بيك باقييف",
      "person:bakiyev=باقييف",
    ]);
    expect(pairs("ترأس ألين سيمونيان جلسة البرلمان")).toEqual(["person:alen_simonyan=ألين سيمونيان"]);
  });

  it("links Saint Petersburg written سنت/سان بطرزبورغ as one mention", () => {
    expect(pairs("اجتمع رؤساء البرلمانات في سنت بطرزبورغ")).toEqual(["city:saint_petersburg=سنت بطرزبورغ"]);
    expect(pairs("وعاد الوفد من سان بطرزبورغ وبسنت بطرسبورغ التقى نظراءه")).toEqual([
      "city:saint_petersburg=سان بطرزبورغ",
      "city:saint_petersburg=سنت بطرسبورغ",
    ]);
  });

  it("keeps the look-alikes of the new spellings unlinked", () => {
    // Iran and Eritrea share letters with إريفان; دوشنبه after يوم is the Persian Monday.
    expect(pairs("زار الوزير إيران ثم إريتريا")).toEqual([]);
    expect(pairs("قال الكاتب الإيراني إن الموعد يوم دوشنبه")).toEqual([]);
    // The new given names are common words or other places when they stand alone.
    expect(pairs("زار الوفد محافظة سدير ثم ولاية قرمان التركية")).toEqual([]);
    expect(pairs("بقي ثلاثة طلاب باقيين في الصف")).toEqual([]);
  });
});
