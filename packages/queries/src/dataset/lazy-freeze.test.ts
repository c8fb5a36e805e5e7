import { chairmanships, persons, sessions } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { chairOn, sessionOn } from "../bound-queries.js";

// Its own file, so the modules are fresh: nothing may be frozen (or built) at import time, and a
// query freezes only the collections it reads.
describe("the shared dataset is frozen lazily, per collection", () => {
  it("freezes a collection, deeply, on the first query that reads it", () => {
    expect(Object.isFrozen(chairmanships)).toBe(false);
    expect(Object.isFrozen(sessions)).toBe(false);
    chairOn("2025-06-01");
    expect(Object.isFrozen(chairmanships)).toBe(true);
    expect(Object.isFrozen(chairmanships[0])).toBe(true);
    expect(Object.isFrozen(chairmanships[0]?.sources)).toBe(true);
    expect(Object.isFrozen(sessions)).toBe(false);
    sessionOn("2025-11-27");
    expect(Object.isFrozen(sessions.at(-1)?.attendees)).toBe(true);
    expect(Object.isFrozen(persons)).toBe(false);
  });
});
