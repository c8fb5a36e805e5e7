import { CstoError } from "@csto/arabic-text";
import type { RecordId } from "@csto/model";
import { dataset } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { getEntity } from "../bound-queries.js";
import { createQueries } from "../create-queries.js";

describe("getEntity", () => {
  it("returns the record of every id of every collection", () => {
    for (const name of [
      "states",
      "cities",
      "persons",
      "organizations",
      "sessions",
      "initiatives",
      "sources",
    ] as const) {
      for (const record of dataset[name]) expect(getEntity(record.id as RecordId), record.id).toEqual(record);
    }
  });

  it("returns undefined for unknown and malformed ids", () => {
    for (const id of ["state:XXX", "person:nobody", "session:1900-01-01-moscow", "state:RUS ", "RUS", ""]) {
      expect(getEntity(id as RecordId), id).toBeUndefined();
    }
  });

  it("throws INVALID_ARGUMENT for a non-string id", () => {
    for (const bad of [42, null, undefined, {}]) {
      expect(() => getEntity(bad as unknown as RecordId)).toThrowError(
        expect.objectContaining({ code: "INVALID_ARGUMENT" }) as unknown as Error,
      );
    }
    try {
      getEntity(7 as unknown as RecordId);
    } catch (error) {
      expect(CstoError.is(error)).toBe(true);
    }
  });

  it("reads the dataset it is bound to", () => {
    const renamed = structuredClone(dataset);
    const kgz = renamed.states.find((state) => state.id === "state:KGZ");
    if (kgz === undefined) throw new Error("fixture: state:KGZ");
    kgz.iso2 = "KG";
    expect(createQueries(renamed).getEntity("state:KGZ")).toEqual(kgz);
    expect(createQueries(renamed).getEntity("state:KGZ")).not.toBe(getEntity("state:KGZ"));
  });
});
