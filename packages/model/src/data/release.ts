// The release of the data: which version of the package it ships in and the day it was last
// checked against its sources. Zod-free, like the rest of the data entry.
import packageJson from "../../package.json" with { type: "json" };

/**
 * The day the dataset was last checked against its sources (`YYYY-MM-DD`). What the data says
 * about later days is a forecast: a session dated after it may still be `scheduled`; one dated
 * before it must be `held`, `cancelled` or `unconfirmed` (`validateDataset` reports
 * `stale-scheduled` otherwise).
 */
export const asOf = "2026-12-05";

/** The version of the data: the version of the `@csto/model` package it ships in (semver). */
export const version: string = packageJson.version;
