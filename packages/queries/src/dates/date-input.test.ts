import { CstoError, findDates } from "@csto/arabic-text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeArticle, chairOn, nextSession, sessions } from "../bound-queries.js";

function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (error) {
    return { code: CstoError.is(error) ? error.code : "not a CstoError" };
  }
}

describe("one date-input rule for every query", () => {
  it("accepts YYYY-MM-DD, an ISO date-time with offset (read in UTC) and a Date", () => {
    expect(chairOn("2024-12-31")?.state).toBe("state:KAZ");
    // 23:30 at UTC−2 on 31 December is already 1 January in UTC: Kyrgyzstan's year.
    expect(chairOn("2024-12-31T23:30:00-02:00")?.state).toBe("state:KGZ");
    expect(chairOn("2025-01-01T01:00:00+03:00")?.state).toBe("state:KAZ");
    expect(chairOn(new Date(Date.UTC(2025, 0, 1)))?.state).toBe("state:KGZ");
    expect(sessions({ from: "2025-11-27T00:00:00Z", to: "2025-11-28T00:00:00Z" })).toHaveLength(1);
  });

  it("throws INVALID_DATE, naming the argument, for anything else", () => {
    for (const bad of ["2025-02-30", "31/12/2024", "", new Date(Number.NaN), new Date(Date.UTC(10000, 0, 1)), 2025]) {
      expect(
        outcome(() => chairOn(bad as string)),
        String(bad),
      ).toEqual({ code: "INVALID_DATE" });
    }
    expect(() => nextSession("soon")).toThrowError(/^after: /);
    expect(() => sessions({ to: "soon" })).toThrowError(/^to: /);
  });
});

describe("analyzeArticle's published accepts exactly what findDates' ref accepts", () => {
  const text = "عقد اليوم اجتماع";
  const today = (analysis: { dates: { value: string }[] }) => analysis.dates[0]?.value;

  it("reads a date-time with offset in the zone, like findDates", () => {
    const published = "2025-11-27T01:00:00+06:00"; // 26 November in UTC, 27 in Bishkek
    expect(today(analyzeArticle(text, { published }))).toBe("2025-11-26");
    expect(today(analyzeArticle(text, { published, zone: "Asia/Bishkek" }))).toBe("2025-11-27");
    expect(findDates(text, { ref: published, zone: "Asia/Bishkek" })[0]?.value).toBe("2025-11-27");
  });

  it("agrees with findDates on every value, valid or not", () => {
    const values = fc.oneof(
      fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: false }),
      fc
        .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
        .map((date) => date.toISOString()),
      fc
        .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      fc.constantFrom("2025-11-27T10:00", "2025-11-27T10:00+05:30", "2025-02-29", "2025-11-27 10:00", "", "x"),
      fc.string({ maxLength: 25 }),
      fc.constantFrom(null, undefined, 20251127, {}),
    );
    fc.assert(
      fc.property(values, fc.constantFrom("UTC", "Asia/Almaty", "America/Los_Angeles"), (value, zone) => {
        const viaArticle = outcome(() => today(analyzeArticle(text, { published: value as string, zone })));
        const viaFindDates = outcome(() => findDates(text, { ref: value as string, zone })[0]?.value);
        expect(viaArticle).toEqual(viaFindDates);
      }),
      { numRuns: 300 },
    );
  });
});
