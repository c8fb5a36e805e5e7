import { earliestDay, isCertainlyBefore, latestDay } from "../dates/partial-date.js";
import type { Entry, Reporter, ValidEntries } from "./context.js";
import { recordLabel } from "./context.js";

interface Period {
  from: string;
  to: string | null;
}

/** True when two periods certainly share a day (`to` exclusive, null = open-ended). */
function overlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.to === null || isCertainlyBefore(a.from, b.to);
  const bStartsBeforeAEnds = a.to === null || isCertainlyBefore(b.from, a.to);
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

function compareDays(a: string, b: string): number {
  const [x, y] = [earliestDay(a), earliestDay(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function byFrom<E extends { record: Period; index: number }>(entries: readonly E[]): E[] {
  return [...entries].sort((x, y) => compareDays(x.record.from, y.record.from));
}

/** Each period ends after it begins. */
export function checkPeriodOrder(entries: ValidEntries, reporter: Reporter): void {
  for (const collection of ["chairmanships", "secretaryGeneralTerms", "leaderTerms"] as const) {
    for (const { record, index } of entries[collection]) {
      const { from, to } = record;
      if (to !== null && !(earliestDay(from) < latestDay(to))) {
        reporter.report(
          collection,
          index,
          recordLabel(collection, record),
          ["to"],
          "invalid-period",
          `Ends (${to}) on or before it begins (${from})`,
        );
      }
    }
  }
  for (const { record, index } of entries.sessions) {
    if (record.endDate !== undefined && isCertainlyBefore(record.endDate, record.date)) {
      reporter.report(
        "sessions",
        index,
        record.id,
        ["endDate"],
        "invalid-period",
        `Ends (${record.endDate}) before it begins (${record.date})`,
      );
    }
  }
}

function reportOverlaps(
  collection: "secretaryGeneralTerms" | "leaderTerms",
  group: readonly Entry<"secretaryGeneralTerms" | "leaderTerms">[],
  reporter: Reporter,
): void {
  const sorted = byFrom(group);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i]!, sorted[j]!];
      if (!overlap(a.record, b.record)) continue;
      const label = recordLabel(collection, b.record);
      reporter.report(
        collection,
        b.index,
        label,
        ["from"],
        "overlapping-terms",
        `Overlaps ${recordLabel(collection, a.record)} (${collection}[${a.index}], to ${a.record.to ?? "null"})`,
      );
    }
  }
}

/** Secretary-general terms never overlap; nor do two terms in one office of one state. */
export function checkOverlaps(entries: ValidEntries, reporter: Reporter): void {
  reportOverlaps("secretaryGeneralTerms", entries.secretaryGeneralTerms, reporter);
  const groups = new Map<string, Entry<"leaderTerms">[]>();
  for (const entry of entries.leaderTerms) {
    const key = `${entry.record.state} ${entry.record.office}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) reportOverlaps("leaderTerms", group, reporter);
}

/** From the first chairmanship on, each one ends on the day the next one begins. */
export function checkChairmanshipsContiguous(entries: ValidEntries, reporter: Reporter): void {
  const sorted = byFrom(entries.chairmanships);
  for (let i = 1; i < sorted.length; i++) {
    const [previous, next] = [sorted[i - 1]!, sorted[i]!];
    if (previous.record.to === next.record.from) continue;
    const what = previous.record.to === null ? "is open-ended" : `ends ${previous.record.to}`;
    reporter.report(
      "chairmanships",
      previous.index,
      recordLabel("chairmanships", previous.record),
      ["to"],
      "chairmanship-gap",
      `${what} but the next chairmanship (chairmanships[${next.index}], ${next.record.state}) begins ${next.record.from}`,
    );
  }
}
