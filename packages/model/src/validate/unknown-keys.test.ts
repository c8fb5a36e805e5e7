import { describe, expect, it } from "vitest";
import { Session } from "../schemas/session.js";
import { State } from "../schemas/state.js";
import { findUnknownKeys } from "./unknown-keys.js";

describe("findUnknownKeys", () => {
  it("finds misspelt keys at any depth", () => {
    const state = {
      id: "state:RUS",
      iso2: "RU",
      names: { ar: ["روسيا"], en: ["Russia"], ru: ["Россия"], fr: ["Russie"] },
      adjectives: { ar: ["روسي"] },
      capital: "city:moscow",
      sources: [],
      captial: "city:moscow",
    };
    expect(findUnknownKeys(State, state)).toEqual([["names", "fr"], ["captial"]]);
  });

  it("ignores values of the wrong type (the schema reports those)", () => {
    expect(findUnknownKeys(Session, null)).toEqual([]);
    expect(findUnknownKeys(Session, { attendees: "person:putin", sources: 3 })).toEqual([]);
  });
});
