/** The shape of a day-precision ISO date ("2026-12-04"), as the schemas' `IsoDay` writes it. */
export const dayShape = /^\d{4}-\d{2}-\d{2}$/;
