import { describe, expect, it } from "vitest";
import { readDateValue } from "./date-evidence.js";
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
  it("reads anything else as other", () => {
    for (const value of ["", "2024-W12", "2024-Q2", "2024-5-06", "2024-05-0x", "٢٠٢٤", "2024-05-06/x"]) {
      expect(readDateValue(value)).toEqual({ grain: "other" });
    }
  });
});
