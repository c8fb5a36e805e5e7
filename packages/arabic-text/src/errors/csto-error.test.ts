import { describe, expect, it } from "vitest";
import { CstoError } from "./csto-error.js";

describe("CstoError", () => {
  it("carries a stable code, a message and the cause", () => {
    const cause = new Error("zod said no");
    const error = new CstoError("INVALID_DATE", "ref is not a date", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CstoError");
    expect(error.code).toBe("INVALID_DATE");
    expect(error.message).toBe("ref is not a date");
    expect(error.cause).toBe(cause);
  });

  it("is() recognises errors of another installed copy through the Symbol.for marker", () => {
    // A structurally separate class, as a second copy of the package would define it.
    const foreign = Object.assign(new Error("x"), { code: "INVALID_DATE", [Symbol.for("@csto/error")]: true });
    expect(CstoError.is(foreign)).toBe(true);
    expect(CstoError.is(new CstoError("INVALID_OPTION", "bad"))).toBe(true);
  });

  it("is() rejects plain errors and non-objects", () => {
    expect(CstoError.is(new Error("plain"))).toBe(false);
    expect(CstoError.is({ code: "INVALID_DATE" })).toBe(false);
    expect(CstoError.is(null)).toBe(false);
    expect(CstoError.is("CstoError")).toBe(false);
  });
});
