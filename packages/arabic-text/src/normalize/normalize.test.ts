import { describe, expect, it } from "vitest";
import { CstoError } from "../errors/csto-error.js";
import { normalize, normalizeWithMap } from "./normalize.js";

describe("normalize — search profile (default)", () => {
  it("folds alef forms, alef maksura and teh marbuta", () => {
    expect(normalize("أعلنت إدارة آسيا الوسطى ٱلقمة")).toBe("اعلنت اداره اسيا الوسطي القمه");
  });

  it("strips harakat, shadda, tanwin and superscript alef", () => {
    expect(normalize("مُنَظَّمَةُ مُعَاهَدَةِ الأَمْنِ الجَمَاعِيِّ رَحْمٰن")).toBe("منظمه معاهده الامن الجماعي رحمن");
  });

  it("keeps hamza carriers unless asked", () => {
    expect(normalize("رئيس مؤتمر")).toBe("رئيس مؤتمر");
    expect(normalize("رئيس مؤتمر", { foldHamzaCarriers: true })).toBe("رييس موتمر");
  });

  it("composes decomposed hamza and madda before folding", () => {
    expect(normalize("ا\u0654ول", "display")).toBe("أول");
    expect(normalize("ا\u0655يران", "display")).toBe("إيران");
    expect(normalize("ا\u0653سيا", "display")).toBe("آسيا");
    expect(normalize("مو\u0654تمر", "display")).toBe("مؤتمر");
    expect(normalize("ري\u0654يس", "display")).toBe("رئيس");
    expect(normalize("رى\u0654يس", "display")).toBe("رئيس");
    expect(normalize("ري\u0654يس")).toBe("رئيس");
    expect(normalize("ا\u0654ول")).toBe("اول");
  });

  it("folds Persian and Urdu letter forms but keeps پ چ گ ژ", () => {
    expect(normalize("کازاخستان یریفان ہ ە ۀ پچگژ")).toBe("كازاخستان يريفان ه ه ه پچگژ");
  });

  it("expands presentation forms, including lam-alef ligatures", () => {
    expect(normalize("ﺍﻟﻘﻤﺔ ﻻ ﻷ ﻵ ﻹ")).toBe("القمه لا لا لا لا");
    const { text, map } = normalizeWithMap("ﻻ");
    expect(text).toBe("لا");
    expect(Array.from(map)).toEqual([0, 0, 1]);
  });

  it("converts Arabic-Indic and Persian digits and lower-cases Latin, Greek and Cyrillic", () => {
    expect(normalize("٢٠٢٥ ۱۴۰۴ CSTO ОДКБ ΟΣΣΑ")).toBe("2025 1404 csto одкб οσσα");
  });

  it("removes tatweel and format controls, collapses whitespace and trims", () => {
    expect(normalize("\u200F  قـــمة\u00A0\u00A0\n\tبيشكيك\u200B\u2066 ")).toBe("قمه بيشكيك");
  });

  it("turns ZWNJ into a space", () => {
    expect(normalize("می\u200Cخواهد")).toBe("مي خواهد");
  });

  it("passes lone surrogates and other characters through", () => {
    expect(normalize("a\uD800b\uDFFF😀")).toBe("a\uD800b\uDFFF😀");
  });

  it("returns an empty string for whitespace-only input", () => {
    expect(normalize(" \u00A0\n\u200F ")).toBe("");
    expect(normalize("")).toBe("");
  });
});

describe("normalize — display profile", () => {
  it("repairs without folding", () => {
    expect(normalize("\u200Fالقِمّة\u00A0في\u2009موسكو ـ الأولى\u200C", "display")).toBe("القِمّة في موسكو  الأولى\u200C");
  });

  it("keeps newlines and does not trim or collapse", () => {
    expect(normalize("  سطر\n\nسطر  ", "display")).toBe("  سطر\n\nسطر  ");
  });
});

describe("normalizeWithMap", () => {
  it("maps a collapsed whitespace run to its first unit and ends with the input length", () => {
    const input = " \u200Fبين  \u00A0البلدين ";
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe("بين البلدين");
    expect(map.length).toBe(text.length + 1);
    expect(map[3]).toBe(5);
    expect(map[text.length]).toBe(input.length);
    expect(map[0]).toBe(2);
  });

  it("maps a composed letter to its base letter", () => {
    const { text, map } = normalizeWithMap("ا\u0654ول", "display");
    expect(text).toBe("أول");
    expect(Array.from(map)).toEqual([0, 2, 3, 4]);
  });

  it("returns a fresh map on each call", () => {
    const first = normalizeWithMap("موسكو");
    const second = normalizeWithMap("بيشكيك");
    expect(Array.from(first.map)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(second.map.length).toBe(7);
  });

  it("handles ligatures that expand to several letters near the end of a long input", () => {
    const input = "\uFDF2 ".repeat(50).trimEnd();
    const { text, map } = normalizeWithMap(input);
    expect(text.startsWith("الله الله")).toBe(true);
    expect(text.length).toBe(50 * 5 - 1);
    expect(map[text.length]).toBe(99);
    expect(map[text.length - 1]).toBe(98);
  });

  it("keeps the phrase ligatures ﷺ ﷻ ﷽ as one unit each, in every profile", () => {
    const input = "محمد\uFDFA \uFDFB\uFDFD";
    for (const profile of ["search", "display"] as const) {
      const { text, map } = normalizeWithMap(input, profile);
      expect(text).toBe(input);
      expect(Array.from(map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    }
    expect(normalize(input, { foldPresentationForms: true, profile: "display" })).toBe(input);
  });

  it("never grows the text more than 4× (the longest remaining expansion)", () => {
    let input = "";
    for (let c = 0xfb50; c <= 0xfdff; c++) input += String.fromCharCode(c);
    for (let c = 0xfe70; c <= 0xfeff; c++) input += String.fromCharCode(c);
    for (const ch of input) expect(normalize(ch).length).toBeLessThanOrEqual(4);
    expect(normalize("\uFDFA".repeat(100_000)).length).toBe(100_000);
  });
});

describe("options", () => {
  it("overrides the profile per fold", () => {
    expect(normalize("القمة", { foldTehMarbuta: false })).toBe("القمة");
    expect(normalize("القمة ٢٠٢٥", { profile: "display", westernDigits: true })).toBe("القمة 2025");
  });

  it("trims without collapsing when asked", () => {
    expect(normalize("  أ  ب \n", { profile: "display", trim: true })).toBe("أ  ب");
  });

  it("throws CstoError for misuse", () => {
    expect(() => normalize("x", "loose" as never)).toThrowError(CstoError);
    try {
      normalize("x", "loose" as never);
    } catch (error) {
      expect(CstoError.is(error) && error.code).toBe("UNKNOWN_PROFILE");
    }
    try {
      normalize("x", { foldAlef: "yes" } as never);
    } catch (error) {
      expect(CstoError.is(error) && error.code).toBe("INVALID_OPTION");
    }
    expect(() => normalize("x", { foldAlif: true } as never)).toThrowError(/Unknown normalization option/);
    expect(() => normalize("x", { profile: "strict" } as never)).toThrowError(/Unknown normalization profile/);
    expect(() => normalize(42 as never)).toThrowError(CstoError);
  });
});
