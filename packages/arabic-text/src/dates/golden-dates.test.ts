import { describe, expect, it } from "vitest";
import { GOLDEN_DATES } from "./__fixtures__/golden-dates.js";
import { GOLDEN_DATES_ARTICLES } from "./__fixtures__/golden-dates-articles.js";
import { GOLDEN_DATES_ARTICLES2 } from "./__fixtures__/golden-dates-articles2.js";
import { GOLDEN_DATES_DECIDED } from "./__fixtures__/golden-dates-decided.js";
import { GOLDEN_DATES_DIRECTIVES } from "./__fixtures__/golden-dates-directives.js";
import { GOLDEN_DATES_EVENT_SPEECH } from "./__fixtures__/golden-dates-event-speech.js";
import { GOLDEN_DATES_FIXES } from "./__fixtures__/golden-dates-fixes.js";
import { GOLDEN_DATES_GAPS } from "./__fixtures__/golden-dates-gaps.js";
import { GOLDEN_DATES_HEADLINES } from "./__fixtures__/golden-dates-headlines.js";
import { GOLDEN_DATES_NEWS } from "./__fixtures__/golden-dates-news.js";
import { GOLDEN_DATES_NEWS2 } from "./__fixtures__/golden-dates-news2.js";
import { GOLDEN_DATES_PAGES } from "./__fixtures__/golden-dates-pages.js";
import { GOLDEN_DATES_REAL_PAGES } from "./__fixtures__/golden-dates-real-pages.js";
import { GOLDEN_DATES_SPOKEN } from "./__fixtures__/golden-dates-spoken.js";
import { GOLDEN_DATES_TESTER_PAGES } from "./__fixtures__/golden-dates-tester-pages.js";
import { GOLDEN_DATES_TESTER7 } from "./__fixtures__/golden-dates-tester7.js";
import { GOLDEN_DATES_TESTERS } from "./__fixtures__/golden-dates-testers.js";
import { findDates } from "./find-dates.js";

describe("findDates golden cases", () => {
  it("has at least 80 cases", () => {
    expect(GOLDEN_DATES.length).toBeGreaterThanOrEqual(80);
  });
  for (const c of [
    ...GOLDEN_DATES,
    ...GOLDEN_DATES_NEWS,
    ...GOLDEN_DATES_NEWS2,
    ...GOLDEN_DATES_SPOKEN,
    ...GOLDEN_DATES_GAPS,
    ...GOLDEN_DATES_FIXES,
    ...GOLDEN_DATES_ARTICLES,
    ...GOLDEN_DATES_ARTICLES2,
    ...GOLDEN_DATES_DECIDED,
    ...GOLDEN_DATES_DIRECTIVES,
    ...GOLDEN_DATES_TESTERS,
    ...GOLDEN_DATES_PAGES,
    ...GOLDEN_DATES_EVENT_SPEECH,
    ...GOLDEN_DATES_HEADLINES,
    ...GOLDEN_DATES_REAL_PAGES,
    ...GOLDEN_DATES_TESTER_PAGES,
    ...GOLDEN_DATES_TESTER7,
  ]) {
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
