import { chairmanships, memberships, secretaryGeneralTerms } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { chairOn, leaderOf, membersOn, nextSession, secretaryGeneralOn, sessionOn } from "../bound-queries.js";

// Facts checked against public record (not read back from our data files), then the boundary
// behaviour around every dated change in the dataset.

const codes = (date: string) =>
  membersOn(date)
    .map((state) => state.id.slice(6))
    .sort();
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe("known facts", () => {
  it("members: nine parties in the late 1990s, six after 1999, Uzbekistan back 2006–2012, Armenia frozen but a party", () => {
    expect(codes("1997-01-01")).toEqual(["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    expect(codes("2000-01-01")).toEqual(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
    expect(codes("2008-01-01")).toEqual(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    expect(codes("2013-06-01")).toEqual(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
    expect(codes("2025-11-27")).toEqual(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]);
  });

  it("chairs by calendar year since 2023", () => {
    expect(chairOn("2023-06-01")?.state).toBe("state:BLR");
    expect(chairOn("2024-06-01")?.state).toBe("state:KAZ");
    expect(chairOn("2025-06-01")?.state).toBe("state:KGZ");
    expect(chairOn("2026-03-01")?.state).toBe("state:RUS");
  });

  it("secretaries-general, acting ones included", () => {
    expect(secretaryGeneralOn("2010-01-01")?.person).toBe("person:bordyuzha");
    expect(secretaryGeneralOn("2018-06-01")?.person).toBe("person:khachaturov");
    const acting = secretaryGeneralOn("2019-06-01");
    expect(acting?.person).toBe("person:semerikov");
    expect(acting?.acting).toBe(true);
    expect(secretaryGeneralOn("2021-06-01")?.person).toBe("person:zas");
    expect(secretaryGeneralOn("2024-06-01")?.person).toBe("person:tasmagambetov");
    expect(secretaryGeneralOn("2026-06-01")?.person).toBe("person:masadykov");
  });

  it("leaders who sit on the Council", () => {
    expect(leaderOf("state:RUS", "2010-06-01")?.person).toBe("person:medvedev");
    expect(leaderOf("state:RUS", "2025-11-27")?.person).toBe("person:putin");
    expect(leaderOf("state:ARM", "2015-01-01")?.person).toBe("person:serzh_sargsyan");
    expect(leaderOf("state:ARM", "2020-01-01")?.person).toBe("person:pashinyan");
    expect(leaderOf("state:ARM", "2020-01-01", { office: "president" })?.person).toBe("person:armen_sarkissian");
    expect(leaderOf("state:KAZ", "2018-01-01")?.person).toBe("person:nazarbayev");
    expect(leaderOf("state:KAZ", "2020-01-01")?.person).toBe("person:tokayev");
    expect(leaderOf("state:KGZ", "2015-01-01")?.person).toBe("person:atambayev");
    expect(leaderOf("state:KGZ", "2019-01-01")?.person).toBe("person:jeenbekov");
    expect(leaderOf("state:KGZ", "2022-01-01")?.person).toBe("person:japarov");
    expect(leaderOf("state:TJK", "2020-01-01")?.person).toBe("person:rahmon");
    expect(leaderOf("state:BLR", "2000-01-01")?.person).toBe("person:lukashenko");
    expect(leaderOf("state:UZB", "2010-01-01")?.person).toBe("person:karimov");
  });

  it("summits", () => {
    expect(sessionOn("2025-11-27")?.id).toBe("session:2025-11-27-bishkek");
    expect(sessionOn("2024-11-28")?.id).toBe("session:2024-11-28-astana");
    expect(sessionOn("2023-11-23")?.id).toBe("session:2023-11-23-minsk");
    expect(sessionOn("2022-11-23")?.id).toBe("session:2022-11-23-yerevan");
    expect(sessionOn("2022-05-16")?.kind).toBe("jubilee");
    expect(sessionOn("2022-01-10")?.kind).toBe("extraordinary");
    expect(sessionOn("2022-01-10")?.format).toBe("video");
    expect(sessionOn("2019-11-28")?.id).toBe("session:2019-11-28-bishkek");
    expect(nextSession("2025-11-27")?.date.startsWith("2026")).toBe(true);
  });
});

describe("boundaries of every dated change in the dataset", () => {
  it.each(chairmanships.map((c) => [c.state, c.from, c] as const))("chair %s from %s", (_state, from, chairmanship) => {
    if (from.length !== 10) return;
    expect(chairOn(from)).toBe(chairmanship);
    const before = chairOn(dayBefore(from));
    expect(before === undefined || before.to === from).toBe(true);
  });

  it.each(secretaryGeneralTerms.map((t) => [t.person, t.from, t] as const))(
    "secretary-general %s from %s",
    (_p, from, term) => {
      if (from.length !== 10) return;
      expect(secretaryGeneralOn(from)).toBe(term);
      expect(secretaryGeneralOn(dayBefore(from))).not.toBe(term);
    },
  );

  const events = memberships.flatMap((m) => m.events.map((event) => [m.state, event.type, event.date] as const));
  it.each(events)("%s %s on %s", (state, type, date) => {
    if (date.length !== 10) return;
    const member = (day: string) => membersOn(day).some((s) => s.id === state);
    if (type === "ceased" || type === "suspended" || type === "withdrew") expect(member(date)).toBe(false);
    if (type === "signed" || type === "acceded" || type === "joined" || type === "rejoined" || type === "frozen") {
      expect(member(date)).toBe(true);
    }
    if (type === "frozen") expect(member(dayBefore(date))).toBe(true);
  });
});
