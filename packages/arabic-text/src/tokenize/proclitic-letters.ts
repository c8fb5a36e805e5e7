// The letters of the proclitic grammar, shared by the tokenizer's split (proclitics.ts) and
// the readings every scanner tries (proclitic-readings.ts).

/** و "and" */
export const waw = 0x0648;
/** ف "so" */
export const feh = 0x0641;
/** ب "with, in" */
export const beh = 0x0628;
/** ك "like" */
export const kaf = 0x0643;
/** ل "for" (and the first letter of the article ال) */
export const lam = 0x0644;
/** ا (the article ال) */
export const alef = 0x0627;
