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
