import { describe, expect, it } from "vitest";
import { displayWidth, formatTable } from "./text-table.js";

describe("displayWidth", () => {
  it("counts harakat, format characters and ANSI codes as zero columns", () => {
    expect(displayWidth("مَدْرَسَة")).toBe(5);
    expect(displayWidth("a\u200Fb")).toBe(2);
    expect(displayWidth("\u001b[33m2025\u001b[39m")).toBe(4);
    expect(displayWidth("漢字")).toBe(4);
  });
});

describe("formatTable", () => {
  it("aligns columns and leaves the last one unpadded", () => {
    const table = formatTable(
      ["id", "name"],
      [
        ["state:RUS", "روسيا"],
        ["city:minsk", "مينسك"],
      ],
    );
    expect(table.split("\n")).toEqual(["  id          name", "  state:RUS   روسيا", "  city:minsk  مينسك"]);
  });

  it("works without a header", () => {
    expect(
      formatTable(
        [],
        [
          ["chair", "Belarus"],
          ["secretary-general", "Zas"],
        ],
        "",
      ),
    ).toBe("chair              Belarus\nsecretary-general  Zas");
  });
});
