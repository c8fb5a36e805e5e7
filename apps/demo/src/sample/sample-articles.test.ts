import { sessions } from "@csto/model/data";
import { describe, expect, it } from "vitest";
import { sampleArticles } from "./sample-articles.js";

describe("the embedded sample", () => {
  it("has at least six articles in different outlet styles", () => {
    expect(sampleArticles.length).toBeGreaterThanOrEqual(6);
    expect(new Set(sampleArticles.map((article) => article.outlet)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(sampleArticles.map((article) => article.id)).size).toBe(sampleArticles.length);
  });

  it("is published the day after a real session, or during the 2026 chairmanship", () => {
    const sessionDays = new Set(sessions.map((session) => session.date));
    for (const article of sampleArticles) {
      const dayBefore = new Date(Date.parse(article.published) - 86_400_000).toISOString().slice(0, 10);
      const aboutSession = sessionDays.has(article.published) || sessionDays.has(dayBefore);
      expect(aboutSession || article.published.startsWith("2026-"), article.id).toBe(true);
    }
  });

  it("uses several month systems and calendars", () => {
    const all = sampleArticles.map((article) => article.text).join("\n");
    for (const marker of ["تشرين الثاني", "شباط", "نونبر", "جوان", "جانفي", "نوفمبر", "هـ", "فاتح", "أمس"]) {
      expect(all, marker).toContain(marker);
    }
    expect(all).toMatch(/[٠-٩]/);
  });
});
