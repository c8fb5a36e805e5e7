import { describe, expect, it } from "vitest";
import { createPalette } from "./palette.js";

describe("createPalette", () => {
  it("colours only a terminal", () => {
    expect(createPalette({ isTTY: true }, {}).date("2025")).toBe("\u001b[33m2025\u001b[39m");
    expect(createPalette({ isTTY: false }, {}).date("2025")).toBe("2025");
    expect(createPalette({}, {}).heading("x")).toBe("x");
  });

  it("honours NO_COLOR and dumb terminals", () => {
    expect(createPalette({ isTTY: true }, { NO_COLOR: "1" }).bold("x")).toBe("x");
    expect(createPalette({ isTTY: true }, { TERM: "dumb" }).bold("x")).toBe("x");
  });
});
