import { lazy } from "../lazy.js";
import { wordTable } from "./phrase-table.js";

/**
 * Places whose name + اليوم is also the name of a newspaper, site or channel ("روسيا اليوم",
 * "مصر اليوم", "بغداد اليوم"): Arab states and capitals, and Russia and its capital. Only these
 * place names are read as part of a title, and only in a name position (refine/outlet-title.ts,
 * docs/dates.md); any other word before اليوم leaves it "today".
 */
const PLACES = [
  "روسيا",
  "موسكو",
  "مصر",
  "القاهرة",
  "بغداد",
  "العراق",
  "فلسطين",
  "القدس",
  "غزة",
  "سوريا",
  "سورية",
  "دمشق",
  "لبنان",
  "بيروت",
  "الأردن",
  "عمان",
  "الخليج",
  "الكويت",
  "قطر",
  "البحرين",
  "الإمارات",
  "دبي",
  "السعودية",
  "الرياض",
  "اليمن",
  "صنعاء",
  "عدن",
  "ليبيا",
  "طرابلس",
  "تونس",
  "الجزائر",
  "المغرب",
  "موريتانيا",
  "السودان",
  "الخرطوم",
  "أفريقيا",
  "إفريقيا",
  "أوروبا",
  "العالم",
];

/** The place names of outlet titles, search-folded. */
export const outletPlaces = lazy(() => wordTable([[true as const, PLACES]]));
