import { describe, expect, it } from "vitest";
import { formatPath } from "./format-path.js";

describe("formatPath", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(formatPath(["sessions", 3, "attendees", 1])).toBe("sessions[3].attendees[1]");
    expect(formatPath(["states", 0, "names", "ar"])).toBe("states[0].names.ar");
  });

  it("quotes keys that are not identifiers", () => {
    expect(formatPath(["sessions", 0, "end date"])).toBe('sessions[0]["end date"]');
    expect(formatPath([])).toBe("");
  });
});
