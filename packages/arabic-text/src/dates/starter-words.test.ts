import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTokens } from "./date-tokens.js";
import { RULES } from "./parse-expression.js";
import { createScanContext } from "./scan-context.js";
import { releaseScanText, scanTextOf, toSearchText } from "./search-text.js";
import { PARSER_BITS, startMask } from "./starter-words.js";

// Words and marks every parser reacts to, so random strings reach deep into each grammar.
const PIECES = (
  "في|من|إلى|بين|عامي|و|وعام|عام|العام|سنة|الماضي|المقبل|نفسه|التالي|هذا|نفس|الشهر|الأسبوع|أمس|اليوم|غداً|غد|" +
  "بعد|قبل|ذلك|بيومين|يومين|ثلاثة|ثلاثين|أيام|عاما|سنوات|لمدة|الجمعة|يوم|الخميس|الموافق|صباح|مساء|الساعة|" +
  "العاشرة|الحادية|عشرة|والنصف|صباحا|منتصف|الليل|مطلع|أواخر|النصف|الأول|الربع|الأخير|الخامس|والعشرين|ال|" +
  "غرة|نوفمبر|تشرين|الثاني|مارس|رمضان|شهر|عيد|الفطر|الميلاد|الأرثوذكسي|التسعينيات|القرن|الحادي|هـ|م|" +
  "0|00|1|7|12|18|24|27|30|31|99|622|1446|2025|2026|123456|/|-|.|:|،|(|)|مدينة|الذكرى|ألفين|وخمسة"
).split("|");

describe("startMask", () => {
  it("lets through every parser that can match (a parser never matches where its bit is off)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.array(fc.boolean()), (words, glue) => {
        const text = words.map((w, k) => (glue[k] ? w : ` ${w}`)).join("");
        const normalized = toSearchText(text);
        const tokens: Parameters<typeof createScanContext>[2] = [];
        const scan = scanTextOf(normalized);
        readTokens({ scan, pos: 0, spaced: true }, tokens, Number.POSITIVE_INFINITY);
        releaseScanText(scan);
        const ctx = createScanContext(text, normalized.map, tokens);
        for (let i = 0; i < tokens.length; i++) {
          const mask = startMask(ctx, i);
          for (const rule of RULES) {
            const bit = PARSER_BITS[rule.name];
            if (rule.parse(ctx, i))
              expect({ at: tokens[i]?.text, text, bit: mask & bit }).toEqual({ at: tokens[i]?.text, text, bit });
          }
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("RULES", () => {
  it("lists rule k with start bit 1 << k, each rule once", () => {
    RULES.forEach((rule, k) => {
      expect(PARSER_BITS[rule.name]).toBe(1 << k);
    });
    expect(RULES.length).toBe(Object.keys(PARSER_BITS).length);
  });

  it("starts every rule with words on some word of its own tables (numeric dates: digits only)", () => {
    for (const rule of RULES) {
      const words = [...rule.startWords()];
      if (rule.name === "numericDate") expect(words).toEqual([]);
      else expect(words.length, rule.name).toBeGreaterThan(0);
    }
  });
});
