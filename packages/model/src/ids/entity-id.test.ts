import { describe, expect, it } from "vitest";
import { idPatterns, kindOfId, sessionIdFor } from "./entity-id.js";

describe("entity ids", () => {
  it("knows the kind of each contract id form", () => {
    expect(kindOfId("state:RUS")).toBe("state");
    expect(kindOfId("city:saint_petersburg")).toBe("city");
    expect(kindOfId("person:heydar_aliyev")).toBe("person");
    expect(kindOfId("org:csto")).toBe("org");
    expect(kindOfId("session:2025-11-27-bishkek")).toBe("session");
    expect(kindOfId("src:kremlin-2025-11-27-bishkek-summit")).toBe("src");
  });

  it("rejects malformed ids", () => {
    for (const bad of ["state:rus", "state:RU", "city:Moscow", "person:", "putin", "session:2025-11-27", ""]) {
      expect(kindOfId(bad)).toBeUndefined();
    }
    expect(idPatterns.session.test("session:2025-11-27-bishkek-x")).toBe(false);
  });

  it("derives session ids from date and city", () => {
    expect(sessionIdFor("2025-11-27", "city:bishkek")).toBe("session:2025-11-27-bishkek");
    expect(sessionIdFor("2018-12-06", "city:saint_petersburg")).toBe("session:2018-12-06-saint_petersburg");
  });
});
