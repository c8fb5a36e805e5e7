import { describe, expect, it } from "vitest";
import { earliestDay, isCertainlyBefore, isPartialDate, latestDay } from "./partial-date.js";

describe("isPartialDate", () => {
  it("accepts day, month and year precision", () => {
    expect(isPartialDate("2025-11-27")).toBe(true);
    expect(isPartialDate("2025-11")).toBe(true);
    expect(isPartialDate("1992")).toBe(true);
  });

  it("checks the real calendar, leap years included", () => {
    expect(isPartialDate("2024-02-29")).toBe(true);
    expect(isPartialDate("2023-02-29")).toBe(false);
    expect(isPartialDate("1900-02-29")).toBe(false);
    expect(isPartialDate("2000-02-29")).toBe(true);
    expect(isPartialDate("2025-04-31")).toBe(false);
    expect(isPartialDate("2025-13")).toBe(false);
    expect(isPartialDate("2025-00-10")).toBe(false);
    expect(isPartialDate("0000")).toBe(false);
  });

  it("rejects other shapes", () => {
    for (const bad of ["", "25-11-2025", "2025/11/27", "2025-1-5", "2025-11-27T00:00", " 2025"]) {
      expect(isPartialDate(bad)).toBe(false);
    }
  });
});

describe("day bounds of partial dates", () => {
  it("gives the first and last day", () => {
    expect(earliestDay("2010")).toBe("2010-01-01");
    expect(latestDay("2010")).toBe("2010-12-31");
    expect(earliestDay("2012-02")).toBe("2012-02-01");
    expect(latestDay("2012-02")).toBe("2012-02-29");
    expect(latestDay("2012-02-10")).toBe("2012-02-10");
  });

  it("orders only what is certain", () => {
    expect(isCertainlyBefore("2010", "2011-01-01")).toBe(true);
    expect(isCertainlyBefore("2010-05", "2010-05-20")).toBe(false);
    expect(isCertainlyBefore("2010-05-19", "2010-05-20")).toBe(true);
  });
});
