import * as z from "zod";
import { isPartialDate, partialDateShape } from "../dates/partial-date.js";

/** An ISO date at day, month or year precision: "2025-11-27", "2025-11" or "2025". */
export const IsoDate = z
  .string()
  .regex(partialDateShape, { message: 'Expected an ISO date "YYYY-MM-DD", "YYYY-MM" or "YYYY"' })
  .refine(isPartialDate, { message: "Not a real calendar date" })
  .describe('ISO date "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that is known');
export type IsoDate = z.infer<typeof IsoDate>;

/** The first day of a period (inclusive). */
export const PeriodStart = IsoDate.describe("First day of the period (inclusive)");

/** The first day after a period, i.e. the successor's first day (exclusive), or null while ongoing or unknown. */
export const PeriodEnd = IsoDate.nullable().describe(
  "First day of the successor (exclusive end: previous.to === next.from), or null while ongoing or unknown",
);

/** A full ISO calendar date, day precision only: "2026-12-04". */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected an ISO date "YYYY-MM-DD"' })
  .refine(isPartialDate, { message: "Not a real calendar date" })
  .describe('ISO date "YYYY-MM-DD" (day precision)');
export type IsoDay = z.infer<typeof IsoDay>;
