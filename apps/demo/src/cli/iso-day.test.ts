import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import { dayAfter, isIsoDay, requireIsoDay } from "./iso-day.js";

describe("isIsoDay", () => {
  it.each(["2025-11-27", "2024-02-29", "1992-05-15"])("accepts %s", (value) => expect(isIsoDay(value)).toBe(true));
  it.each(["2025-02-29", "2025-13-01", "2025-11", "27/11/2025", "2025-11-27T00:00", " 2025-11-27", "٢٠٢٥-١١-٢٧"])(
    "rejects %s",
    (value) => expect(isIsoDay(value)).toBe(false),
  );
});

describe("requireIsoDay", () => {
  it("throws a usage error (exit 2) naming the option", () => {
    expect(() => requireIsoDay("tomorrow", "on")).toThrowError(CliError);
    try {
      requireIsoDay(undefined, "published");
    } catch (error) {
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message).toBe("missing --published YYYY-MM-DD");
    }
  });
});

describe("dayAfter", () => {
  it.each([
    ["2025-12-31", "2026-01-01"],
    ["2024-02-28", "2024-02-29"],
    ["2023-02-28", "2023-03-01"],
    ["1992-05-15", "1992-05-16"],
  ])("%s → %s", (day, next) => expect(dayAfter(day)).toBe(next));
});
