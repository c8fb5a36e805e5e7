import { describe, expect, it } from "vitest";
import { Session } from "../schemas/session.js";
import { toJsonSchema } from "./to-json-schema.js";

describe("toJsonSchema", () => {
  const schema = toJsonSchema("sessions", Session) as {
    type: string;
    items: { additionalProperties: boolean; required: string[]; properties: Record<string, { description?: string }> };
  };

  it("describes an array of closed records with the fields' docs", () => {
    expect(schema.type).toBe("array");
    expect(schema.items.additionalProperties).toBe(false);
    expect(schema.items.required).toEqual(["id", "date", "city", "kind", "format", "status", "attendees", "sources"]);
    expect(schema.items.properties.chair?.description).toBe("Id of the state chairing the session");
  });
});
