import { describe, expect, it } from "vitest";
import { sqlLiteral, sqlString } from "./to-sql.js";

describe("SQL literals", () => {
  it("doubles apostrophes and keeps backslashes, Arabic and Cyrillic as they are", () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
    expect(sqlString("a\\'b\\\\")).toBe("'a\\''b\\\\'");
    expect(sqlString("منظمة 'معاهدة' ОДКБ")).toBe("'منظمة ''معاهدة'' ОДКБ'");
  });

  it("writes booleans per dialect and null as NULL", () => {
    expect(sqlLiteral(true, "postgres")).toBe("TRUE");
    expect(sqlLiteral(false, "sqlite")).toBe("0");
    expect(sqlLiteral(null, "sqlite")).toBe("NULL");
    expect(sqlLiteral(15, "postgres")).toBe("15");
  });
});
