import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Chairmanship } from "../schemas/chairmanship.js";
import { Membership } from "../schemas/membership.js";
import { csvColumns, toCsv } from "./to-csv.js";

describe("toCsv", () => {
  it("flattens names, nested objects and lists into dotted columns", () => {
    const schema = z.object({
      id: z.string(),
      names: z.object({ ar: z.array(z.string()), en: z.array(z.string()) }),
      to: z.string().nullable(),
    });
    const csv = toCsv(schema, [
      { id: "city:astana", names: { ar: ["أستانا", "نور سلطان"], en: ["Astana"] }, to: null },
    ]);
    expect(csv).toBe("id,names.ar,names.en,to\ncity:astana,أستانا | نور سلطان,Astana,\n");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    const schema = z.object({ note: z.string() });
    expect(toCsv(schema, [{ note: 'He said "no", twice\nthen left' }])).toBe(
      'note\n"He said ""no"", twice\nthen left"\n',
    );
  });

  it("keeps lists of objects as JSON cells, so nothing is lost", () => {
    const row = {
      state: "state:ARM",
      events: [{ date: "2024-02-22", type: "frozen", sources: ["src:a"] }],
      sources: ["src:a", "src:b"],
    };
    const [header, line] = toCsv(Membership, [row]).trimEnd().split("\n");
    expect(header).toBe("state,events,notes,sources");
    expect(line).toBe(
      'state:ARM,"[{""date"":""2024-02-22"",""type"":""frozen"",""sources"":[""src:a""]}]",,src:a | src:b',
    );
  });

  it("takes its columns from the schema, optional fields included", () => {
    expect(csvColumns(Chairmanship).map((column) => column.header)).toEqual([
      "state",
      "from",
      "to",
      "motto.ar",
      "motto.en",
      "motto.ru",
      "notes",
      "sources",
    ]);
  });
});
