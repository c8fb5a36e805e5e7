import { describe, expect, it } from "vitest";
import { GOLDEN_DATES_LISTS } from "./__fixtures__/golden-dates-lists.js";
import { findDates } from "./find-dates.js";

describe("findDates ranges, lists, edition years and 'ago'", () => {
  for (const c of GOLDEN_DATES_LISTS) {
    it(`${c.why}: ${c.text}`, () => {
      const found = findDates(c.text, { ref: c.ref });
      expect(found.map((m) => [m.text, m.value])).toEqual(c.expect.map(([text, value]) => [text, value]));
      c.expect.forEach(([, , grain, mod], k) => {
        if (grain) expect(found[k]?.grain).toBe(grain);
        if (mod) expect(found[k]?.mod).toBe(mod);
      });
      for (const m of found) expect(c.text.slice(m.start, m.end)).toBe(m.text);
    });
  }
});
