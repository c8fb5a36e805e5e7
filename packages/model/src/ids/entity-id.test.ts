import { describe, expect, it } from "vitest";
import { kindOfId } from "./entity-id.js";

describe("kindOfId", () => {
  it("recognises the contract id forms", () => {
    expect(kindOfId("state:RUS")).toBe("state");
    expect(kindOfId("city:saint_petersburg")).toBe("city");
    expect(kindOfId("person:heydar_aliyev")).toBe("person");
    expect(kindOfId("org:csto")).toBe("org");
    expect(kindOfId("session:2025-11-27-bishkek")).toBe("session");
  });

  it("rejects malformed ids", () => {
    expect(kindOfId("state:rus")).toBeUndefined();
    expect(kindOfId("session:2025-11-bishkek")).toBeUndefined();
    expect(kindOfId("putin")).toBeUndefined();
    expect(kindOfId("toString:x")).toBeUndefined();
  });
});
