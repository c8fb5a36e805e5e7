import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { CstoError } from "../errors/csto-error.js";
import { civilDayOf, readCivilDay } from "./civil-day-of.js";

function codeOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return CstoError.is(error) ? error.code : "not a CstoError";
  }
  return undefined;
}

describe("civilDayOf: the one date-input rule", () => {
  it("takes a YYYY-MM-DD string as that civil day in any zone", () => {
    expect(civilDayOf("2024-02-29")).toBe("2024-02-29");
    expect(civilDayOf("2024-02-29", "Pacific/Kiritimati")).toBe("2024-02-29");
    expect(civilDayOf("0000-01-01")).toBe("0000-01-01");
  });

  it("converts a date-time with an offset to the zone before taking its day", () => {
    expect(civilDayOf("2025-11-27T23:30:00Z")).toBe("2025-11-27");
    expect(civilDayOf("2025-11-27T23:30:00Z", "Asia/Almaty")).toBe("2025-11-28");
    expect(civilDayOf("2025-11-28T01:30:00+03:00")).toBe("2025-11-27");
    expect(civilDayOf("2025-11-28T01:30+0300", "Europe/Moscow")).toBe("2025-11-28");
    expect(civilDayOf("2025-11-27T20:00:00.123456-05", "UTC")).toBe("2025-11-28");
  });

  it("reads a date-time without an offset as a wall-clock time in the zone (the day written)", () => {
    expect(civilDayOf("2025-11-27T23:30", "Asia/Tokyo")).toBe("2025-11-27");
    expect(civilDayOf("2025-11-27T00:10:05", "America/Los_Angeles")).toBe("2025-11-27");
  });

  it("reads a Date as its instant in the zone", () => {
    const late = new Date("2025-11-26T22:30:00Z");
    expect(civilDayOf(late)).toBe("2025-11-26");
    expect(civilDayOf(late, "Europe/Moscow")).toBe("2025-11-27");
    expect(civilDayOf(late, "America/New_York")).toBe("2025-11-26");
  });

  it("agrees with luxon on random instants, offsets and zones", () => {
    const zones = ["UTC", "Asia/Almaty", "Europe/Moscow", "America/St_Johns", "Pacific/Chatham", "Asia/Kathmandu"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (ms, zone, offsetMinutes) => {
          const expected = DateTime.fromMillis(ms, { zone }).toISODate();
          expect(civilDayOf(new Date(ms), zone)).toBe(expected);
          const written = DateTime.fromMillis(ms, {
            zone:
              offsetMinutes === 0
                ? "UTC"
                : `UTC${offsetMinutes > 0 ? "+" : "-"}${Math.floor(Math.abs(offsetMinutes) / 60)}:${String(Math.abs(offsetMinutes) % 60).padStart(2, "0")}`,
          }).toISO({ suppressMilliseconds: true });
          expect(civilDayOf(written as string, zone)).toBe(expected);
        },
      ),
    );
  });

  it("rejects what is not a date with INVALID_DATE", () => {
    for (const bad of [
      "2025-02-30",
      "2025-13-01",
      "2025-1-1",
      "yesterday",
      "",
      "2025-11-27T24:00:00Z",
      "2025-11-27T10:00:00+25:00",
      "2025-11-27 10:00",
      "2025-11-27T10:00:00Zjunk",
      new Date(Number.NaN),
      new Date(Date.UTC(10000, 0, 1)),
      5,
      null,
      undefined,
      { toString: () => "2025-01-01" },
    ]) {
      expect(
        codeOf(() => readCivilDay(bad, "UTC", "ref")),
        String(bad),
      ).toBe("INVALID_DATE");
    }
  });

  it("rejects a zone that is not an IANA name with INVALID_OPTION", () => {
    expect(codeOf(() => civilDayOf("2025-01-01", "Mars/Base"))).toBe("INVALID_OPTION");
    expect(codeOf(() => readCivilDay("2025-01-01", 3))).toBe("INVALID_OPTION");
  });

  it("names the argument in its message", () => {
    expect(() => readCivilDay("soon", "UTC", "published")).toThrowError(/^published must be/);
  });
});
