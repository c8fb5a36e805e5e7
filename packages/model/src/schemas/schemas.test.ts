import { describe, expect, it } from "vitest";
import { Chairmanship } from "./chairmanship.js";
import { IsoDate } from "./iso-date.js";
import { Membership } from "./membership.js";
import { Names } from "./names.js";
import { Session } from "./session.js";
import { Source } from "./source.js";

const session = {
  id: "session:2025-11-27-bishkek",
  date: "2025-11-27",
  city: "city:bishkek",
  kind: "regular",
  format: "in-person",
  status: "held",
  chair: "state:KGZ",
  attendees: ["person:japarov", "person:putin"],
  documentsSigned: 15,
  sources: ["src:kremlin-2025-11-27-bishkek-summit"],
};

describe("IsoDate", () => {
  it("accepts the three precisions and rejects impossible days", () => {
    expect(IsoDate.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDate.safeParse("2024-02").success).toBe(true);
    expect(IsoDate.safeParse("2024").success).toBe(true);
    expect(IsoDate.safeParse("2023-02-29").success).toBe(false);
    expect(IsoDate.safeParse("27/11/2025").success).toBe(false);
  });
});

describe("Names", () => {
  it("requires at least one Arabic name", () => {
    expect(Names.safeParse({ ar: ["موسكو"], en: [], ru: [] }).success).toBe(true);
    expect(Names.safeParse({ ar: [], en: ["Moscow"], ru: ["Москва"] }).success).toBe(false);
    expect(Names.safeParse({ ar: [" "], en: [], ru: [] }).success).toBe(false);
  });
});

describe("Session", () => {
  it("parses a session and strips keys it does not know", () => {
    const parsed = Session.parse({ ...session, extra: true });
    expect(parsed.chair).toBe("state:KGZ");
    expect(parsed).not.toHaveProperty("extra");
  });

  it("rejects bad enums, ids and counts with the path of the field", () => {
    const result = Session.safeParse({ ...session, kind: "summit", attendees: ["putin"], documentsSigned: -1 });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(["kind", "attendees.0", "documentsSigned"]);
  });

  it("rejects a fractional document count", () => {
    expect(Session.safeParse({ ...session, documentsSigned: 1.5 }).success).toBe(false);
  });
});

describe("periods and events", () => {
  it("takes null as an open end", () => {
    const open = { state: "state:RUS", from: "2026-01-01", to: null, sources: ["src:x"] };
    expect(Chairmanship.safeParse(open).success).toBe(true);
    expect(Chairmanship.safeParse({ ...open, to: undefined }).success).toBe(false);
  });

  it("knows the membership event types", () => {
    const membership = (type: string) => ({
      state: "state:ARM",
      events: [{ date: "2024-02-22", type, sources: ["src:x"] }],
      sources: [],
    });
    expect(Membership.safeParse(membership("frozen")).success).toBe(true);
    expect(Membership.safeParse(membership("left")).success).toBe(false);
  });
});

describe("Source", () => {
  const source = {
    id: "src:tass-1",
    url: "https://tass.ru/x",
    title: "T",
    publisher: "TASS",
    lang: "ru",
    accessed: "2026-12-04",
  };

  it("requires a URL, a language tag and the day it was read", () => {
    expect(Source.safeParse(source).success).toBe(true);
    expect(Source.safeParse({ ...source, url: "tass.ru/x" }).success).toBe(false);
    expect(Source.safeParse({ ...source, lang: "Russian" }).success).toBe(false);
    const { accessed: _, ...unread } = source;
    expect(Source.safeParse(unread).success).toBe(false);
    for (const accessed of ["2026-12", "2026", "2026-02-30", "04.12.2026", "2026-12-04T10:00:00Z"]) {
      expect(Source.safeParse({ ...source, accessed }).success, accessed).toBe(false);
    }
  });

  it("takes an optional http(s) address of an archived copy", () => {
    const archived = "https://web.archive.org/web/20261204000000/https://tass.ru/x";
    expect(Source.safeParse({ ...source, archived }).success).toBe(true);
    for (const bad of ["web.archive.org/x", "ftp://example.org/x", "javascript:alert(1)", ""]) {
      expect(Source.safeParse({ ...source, archived: bad }).success, bad).toBe(false);
    }
  });
});
