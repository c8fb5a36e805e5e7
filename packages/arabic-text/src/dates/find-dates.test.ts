import { describe, expect, it } from "vitest";
import { CstoError } from "../errors/csto-error.js";
import { findDates } from "./find-dates.js";
import { parseDate } from "./parse-date.js";

describe("findDates options", () => {
  it("reads a YYYY-MM-DD ref as a calendar day", () => {
    expect(findDates("أمس", { ref: "2025-03-01" })[0]?.value).toBe("2025-02-28");
  });
  it("reads a Date ref in the given zone", () => {
    const late = new Date("2025-11-26T22:30:00Z"); // already 27 November in Moscow
    expect(findDates("اليوم", { ref: late })[0]?.value).toBe("2025-11-26");
    expect(findDates("اليوم", { ref: late, zone: "Europe/Moscow" })[0]?.value).toBe("2025-11-27");
  });
  it("throws coded errors for a bad ref or zone", () => {
    const bad = [
      () => findDates("أمس", { ref: "2025-02-30" }),
      () => findDates("أمس", { ref: "yesterday" }),
      () => findDates("أمس", { ref: new Date(Number.NaN) }),
      () => findDates("أمس", { ref: 5 as unknown as string }),
    ];
    for (const call of bad) {
      expect(call).toThrowError(CstoError);
      try {
        call();
      } catch (error) {
        expect(CstoError.is(error) && error.code).toBe("INVALID_DATE");
      }
    }
    expect(() => findDates("أمس", { ref: "2025-01-01", zone: "Mars/Base" })).toThrowError(/zone/);
  });
  it("accepts empty, huge and odd strings", () => {
    expect(findDates("", { ref: "2025-01-01" })).toEqual([]);
    expect(findDates("\ud800\u0000\u202e", { ref: "2025-01-01" })).toEqual([]);
    expect(findDates("في 1 ".repeat(20_000), { ref: "2025-01-01" })).toEqual([]);
  });
  it("reports mentions with every contract field", () => {
    expect(findDates("منتصف فبراير الماضي", { ref: "2025-11-27" })).toEqual([
      {
        text: "منتصف فبراير الماضي",
        start: 0,
        end: 19,
        value: "2025-02",
        grain: "part-of-month",
        mod: "mid",
        calendar: "gregorian",
        relative: true,
      },
    ]);
  });
});

describe("parseDate", () => {
  const ref = { ref: "2025-11-25" };
  it("returns one date expression", () => {
    const r = parseDate("الجمعة المقبلة", ref);
    expect(r.ok && r.value.value).toBe("2025-11-28");
    expect(parseDate("في 27 نوفمبر 2025", ref).ok).toBe(true);
  });
  it("explains what is wrong otherwise", () => {
    expect(parseDate("", ref)).toMatchObject({ ok: false, reason: "empty" });
    expect(parseDate("الأمين العام", ref)).toMatchObject({ ok: false, reason: "no-date" });
    expect(parseDate("أمس واليوم", ref)).toMatchObject({ ok: false, reason: "multiple-dates" });
    expect(parseDate("وصل الوفد أمس إلى موسكو", ref)).toMatchObject({ ok: false, reason: "partial" });
  });
  it("throws on misuse", () => {
    expect(() => parseDate("أمس", { ref: "27/11/2025" })).toThrowError(CstoError);
  });
});

describe("bounds (0000–9999, huge filler)", () => {
  it("rejects a ref outside the years 0000–9999 and never produces such a year", () => {
    expect(() => findDates("أمس", { ref: new Date(Date.UTC(12_000, 0, 1)) })).toThrowError(/0000–9999/);
    expect(findDates("بعد 9000 عام", { ref: "2025-01-01" })).toEqual([]);
    expect(findDates("العام المقبل", { ref: "9999-06-01" })).toEqual([]);
    expect(findDates("قبل 3000 عام", { ref: "9999-06-01" }).map((m) => m.value)).toEqual(["6999"]);
    expect(findDates("عام 0622 وعام 3000", { ref: "2025-01-01" }).map((m) => m.value)).toEqual(["0622", "3000"]);
  });
  it("parseDate answers on millions of tatweel, punctuation or spaces without throwing", () => {
    const ref = { ref: "2025-01-01" };
    for (const filler of ["\u0640", " ", "،"]) {
      const many = filler.repeat(4_000_000);
      expect(parseDate(many, ref)).toMatchObject({ ok: false, reason: "empty" });
      expect(parseDate(`${many}عام 2024${many}`, ref)).toMatchObject({ ok: true });
    }
    expect(parseDate(`في${".".repeat(4_000_000)}x عام 2024`, ref)).toMatchObject({ ok: false, reason: "partial" });
  }, 120_000);
});

describe("prefer", () => {
  it("chooses the occurrence when the text gives no tense", () => {
    const at = (prefer: "news" | "past" | "future") =>
      findDates("10 ديسمبر", { ref: "2025-11-25", prefer }).map((m) => m.value);
    expect(at("news")).toEqual(["2025-12-10"]);
    expect(at("past")).toEqual(["2024-12-10"]);
    expect(at("future")).toEqual(["2025-12-10"]);
    expect(findDates("الجمعة", { ref: "2025-11-25", prefer: "past" })[0]?.value).toBe("2025-11-21");
    expect(findDates("الجمعة", { ref: "2025-11-25", prefer: "future" })[0]?.value).toBe("2025-11-28");
  });
  it("keeps the tense of the text over the preference", () => {
    expect(findDates("أعلن في 20 ديسمبر", { ref: "2025-11-25", prefer: "future" })[0]?.value).toBe("2024-12-20");
  });
  it("throws INVALID_OPTION for an unknown preference", () => {
    expect(() => findDates("أمس", { ref: "2025-01-01", prefer: "soon" as "news" })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTION" }),
    );
  });
});

describe("conflict", () => {
  it("reports a weekday that contradicts its date and keeps the written date", () => {
    const [m] = findDates("الجمعة 3 يناير 2027", { ref: "2026-07-01" });
    expect(m).toMatchObject({ value: "2027-01-03", conflict: "weekday" });
    expect(findDates("الأحد 3 يناير 2027", { ref: "2026-07-01" })[0]?.conflict).toBeUndefined();
  });
});
