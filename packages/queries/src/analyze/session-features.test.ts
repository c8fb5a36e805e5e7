import { describe, expect, it } from "vitest";
import { dayNumber, readDateValue } from "./date-evidence.js";
import { featureIndex, sessionFeatureNames } from "./session-features.js";

describe("session features", () => {
  it("places every feature at its position in sessionFeatureNames", () => {
    expect(Object.keys(featureIndex)).toHaveLength(sessionFeatureNames.length);
    sessionFeatureNames.forEach((name, i) => {
      expect(featureIndex[name]).toBe(i);
    });
  });
});

describe("readDateValue", () => {
  it("reads days, ranges of days, months and years", () => {
    expect(readDateValue("2024-05-06")).toEqual({ grain: "days", first: 19849, last: 19849 });
    expect(readDateValue("2024-05-06T10:30")).toEqual({ grain: "days", first: 19849, last: 19849 });
    expect(readDateValue("2024-05-06/2024-05-08")).toEqual({ grain: "days", first: 19849, last: 19851 });
    expect(readDateValue("2024-05")).toEqual({ grain: "month", month: "2024-05" });
    // A range of months is read by its first month.
    expect(readDateValue("2024-05/2024-06")).toEqual({ grain: "month", month: "2024-05" });
    expect(readDateValue("2024")).toEqual({ grain: "year", year: "2024" });
  });
  it("reads an ISO week as its seven days, Monday to Sunday", () => {
    const week = readDateValue("2007-W40");
    expect(week).toEqual({ grain: "days", first: dayNumber("2007-10-01"), last: dayNumber("2007-10-07") });
    // Week 1 of 2021 begins on 4 January (1 January 2021 was a Friday, in week 53 of 2020).
    expect(readDateValue("2021-W01")).toEqual({
      grain: "days",
      first: dayNumber("2021-01-04"),
      last: dayNumber("2021-01-10"),
    });
  });
  it("reads anything else as other", () => {
    for (const value of ["", "2024-W60", "2024-W12-WE", "2024-Q2", "2024-5-06", "2024-05-0x", "٢٠٢٤", "2024-05-06/x"]) {
      expect(readDateValue(value)).toEqual({ grain: "other" });
    }
  });
});
