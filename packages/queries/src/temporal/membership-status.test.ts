import type { MembershipEventType } from "@csto/model";
import { MembershipEventType as EventTypes } from "@csto/model";
import { describe, expect, it } from "vitest";
import { isMemberAfter } from "./membership-status.js";

describe("isMemberAfter", () => {
  it("keeps the status across a ratification or a statement", () => {
    for (const type of ["ratified", "statement", "frozen"] as MembershipEventType[]) {
      expect(isMemberAfter(type, true), type).toBe(true);
      expect(isMemberAfter(type, false), type).toBe(false);
    }
  });

  it("gives a boolean for every event type of the schema", () => {
    for (const type of EventTypes.options) expect(typeof isMemberAfter(type, true), type).toBe("boolean");
  });
});
