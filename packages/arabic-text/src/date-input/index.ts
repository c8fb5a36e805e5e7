export { type CivilDay, civilDayOf, formatCivilDay, readCivilDay } from "./civil-day-of.js";
export type { DateInput } from "./date-input.js";
