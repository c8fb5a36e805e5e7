import { describe, expect, it } from "vitest";
import { findDates } from "../dates/find-dates.js";
import { parseDate } from "../dates/parse-date.js";
import { CstoError } from "../errors/csto-error.js";
import { normalize, normalizeWithMap } from "../normalize/normalize.js";
import { tokenize } from "../tokenize/tokenize.js";
import { prepareText } from "./prepare-text.js";

const article =
  "\u200Fموسكو ـ (وكالات): استقبل الرئيسُ الروسيّ نظيرَه القرغيزيّ في الكرملين يومَ الخميسِ " +
  "٢٧ نوفمبر ٢٠٢٥، على أن تُعقد القمّة المقبلة في بيشكيك مطلعَ العام المقبل ﷺ.";
const ref = { ref: "2025-11-28" };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (CstoError.is(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe("prepareText", () => {
  it("holds exactly what normalizeWithMap and tokenize give for the string", () => {
    const doc = prepareText(article);
    const { text, map } = normalizeWithMap(article);
    expect(doc.text).toBe(article);
    expect(doc.normalized).toBe(text);
    expect(doc.normalized).toBe(normalize(article));
    expect(Array.from(doc.offsetMap())).toEqual(Array.from(map));
    expect(doc.tokens).toEqual(tokenize(article));
    for (let i = 0; i <= text.length; i++) expect(doc.originalIndex(i)).toBe(map[i]);
  });

  it("locates every token in both texts through tokenBounds", () => {
    const doc = prepareText(article);
    const bounds = doc.tokenBounds();
    expect(bounds.length).toBe(doc.tokens.length * 4);
    doc.tokens.forEach((token, k) => {
      expect(doc.normalized.slice(bounds[4 * k], bounds[4 * k + 1])).toBe(token.normalized);
      expect([bounds[4 * k + 2], bounds[4 * k + 3]]).toEqual([token.start, token.end]);
    });
  });

  it("gives tokenize, findDates and parseDate the same answers as the string", () => {
    const doc = prepareText(article);
    expect(tokenize(doc)).toEqual(tokenize(article));
    expect(findDates(doc, ref)).toEqual(findDates(article, ref));
    expect(findDates(doc, ref).length).toBeGreaterThan(1);
    const single = prepareText("في 27 نوفمبر 2025");
    expect(parseDate(single, ref)).toEqual(parseDate("في 27 نوفمبر 2025", ref));
    expect(parseDate(single, ref).ok).toBe(true);
  });

  it("is immutable: the document and its tokens are frozen, the arrays are copies", () => {
    const doc = prepareText(article);
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.tokens)).toBe(true);
    expect(doc.tokens.every((token) => Object.isFrozen(token))).toBe(true);
    expect(() => {
      (doc as { text: string }).text = "x";
    }).toThrow(TypeError);
    const map = doc.offsetMap();
    map[0] = 999;
    expect(doc.originalIndex(0)).not.toBe(999);
    const bounds = doc.tokenBounds();
    bounds[0] = 999;
    expect(doc.tokenBounds()[0]).not.toBe(999);
    // tokenize(doc) hands out copies the caller may change.
    const tokens = tokenize(doc);
    tokens[0]!.text = "changed";
    expect(doc.tokens[0]!.text).not.toBe("changed");
  });

  it("returns a prepared document as it is", () => {
    const doc = prepareText(article);
    expect(prepareText(doc)).toBe(doc);
  });

  it("reports an index outside the normalized text as misuse", () => {
    const doc = prepareText("موسكو");
    expect(doc.originalIndex(5)).toBe(5);
    expect(codeOf(() => doc.originalIndex(6))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => doc.originalIndex(-1))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => doc.originalIndex(1.5))).toBe("INVALID_ARGUMENT");
  });

  it("handles the empty text", () => {
    const doc = prepareText("");
    expect(doc.normalized).toBe("");
    expect(doc.tokens).toEqual([]);
    expect(doc.originalIndex(0)).toBe(0);
    expect(findDates(doc, ref)).toEqual([]);
  });
});

describe("foreign prepared documents", () => {
  const doc = prepareText(article);
  const accepting = {
    tokenize: (value: unknown) => tokenize(value as string),
    findDates: (value: unknown) => findDates(value as string, ref),
    parseDate: (value: unknown) => parseDate(value as string, ref),
    prepareText: (value: unknown) => prepareText(value as string),
  };
  // A document of another installed copy or version carries the shared marker but was not
  // made by this copy; a copy of a document is a plain object.
  const otherVersion = Object.freeze({
    text: article,
    normalized: doc.normalized,
    tokens: doc.tokens,
    originalIndex: () => 0,
    offsetMap: () => new Int32Array(1),
    tokenBounds: () => new Int32Array(0),
    [Symbol.for("@csto/arabic-text/prepared-text")]: 2,
  });
  const hostile = new Proxy(
    {},
    {
      has() {
        throw new Error("trap");
      },
      get() {
        throw new Error("trap");
      },
    },
  );
  const foreign: [string, unknown][] = [
    ["a document of another copy or version", otherVersion],
    ["a spread copy", { ...doc }],
    ["an object with a prototype of a document", Object.create(doc)],
    ["a proxy whose traps throw", hostile],
    ["an array", [article]],
    ["a String object", new String(article)],
  ];

  for (const [name, run] of Object.entries(accepting)) {
    it(`${name} throws INVALID_INPUT for a foreign object, never a crash`, () => {
      for (const [, value] of foreign) expect(codeOf(() => run(value))).toBe("INVALID_INPUT");
    });
  }

  it("says when a document comes from another copy or version", () => {
    expect(() => tokenize(otherVersion as never)).toThrow(/another copy or version/);
  });

  it("methods borrowed onto another object report misuse", () => {
    const borrowed = { originalIndex: doc.originalIndex };
    expect(codeOf(() => borrowed.originalIndex(0))).toBe("INVALID_INPUT");
  });
});
