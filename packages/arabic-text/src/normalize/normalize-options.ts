import { CstoError } from "../errors/csto-error.js";

/** The two named option sets. `search` is the default. */
export type NormalizeProfile = "display" | "search";

/**
 * One boolean per fold. An options object starts from `profile` (default `search`) and
 * overrides the folds it names; see docs/normalization.md for what each fold does.
 */
export interface NormalizeOptions {
  profile?: NormalizeProfile;
  /** U+0653–U+0655 after ا و ي ى ه ە ہ ے → the precomposed letter (آ أ إ ؤ ئ ۀ …). */
  composeHamza?: boolean;
  /** Drop tatweel U+0640. */
  removeTatweel?: boolean;
  /** Drop bidi controls, ZWJ, ZWSP, word joiner and BOM (ZWNJ is kept). */
  removeFormatChars?: boolean;
  /** NBSP and the other Unicode space separators → U+0020. */
  normalizeSpaces?: boolean;
  /** Drop harakat, Quranic annotation marks and superscript alef. */
  stripDiacritics?: boolean;
  /** أ إ آ ٱ (and the wavy/high hamza alefs) → ا. */
  foldAlef?: boolean;
  /** ى → ي. */
  foldAlefMaksura?: boolean;
  /** ة → ه. */
  foldTehMarbuta?: boolean;
  /** ؤ → و, ئ → ي. Off in both profiles: the carriers distinguish words. */
  foldHamzaCarriers?: boolean;
  /** ی ې ۍ → ي, ک → ك, ە ۀ ہ ۂ ھ → ه (پ چ گ ژ stay). */
  foldPersian?: boolean;
  /** Arabic presentation forms A and B → base letters; lam-alef ligatures → two letters. */
  foldPresentationForms?: boolean;
  /** ٠-٩ and ۰-۹ → 0-9. */
  westernDigits?: boolean;
  /** Lower-case Latin, Greek and Cyrillic letters. */
  lowerCase?: boolean;
  /** ZWNJ → a space. */
  zwnjToSpace?: boolean;
  /** Every whitespace run (newlines included) → one U+0020. */
  collapseWhitespace?: boolean;
  /** Drop whitespace at both ends. */
  trim?: boolean;
}

export type NormalizeFlag = Exclude<keyof NormalizeOptions, "profile">;

// Bit positions of the folds in a flag mask. The order is part of the table cache key only.
export const flagBits: Readonly<Record<NormalizeFlag, number>> = {
  composeHamza: 1,
  removeTatweel: 2,
  removeFormatChars: 4,
  normalizeSpaces: 8,
  stripDiacritics: 16,
  foldAlef: 32,
  foldAlefMaksura: 64,
  foldTehMarbuta: 128,
  foldHamzaCarriers: 256,
  foldPersian: 512,
  foldPresentationForms: 1024,
  westernDigits: 2048,
  lowerCase: 4096,
  zwnjToSpace: 8192,
  collapseWhitespace: 16384,
  trim: 32768,
};

/** display = the four repairs. */
export const displayMask = 1 | 2 | 4 | 8;
/** search = every fold except foldHamzaCarriers. */
export const searchMask = 0xffff & ~256;

/**
 * Turns the second argument of `normalize` into a flag mask. Misuse throws: an unknown
 * profile name (`UNKNOWN_PROFILE`), an unknown option key or a non-boolean value
 * (`INVALID_OPTION`).
 */
export function resolveNormalizeMask(options: NormalizeProfile | NormalizeOptions | undefined): number {
  if (options === undefined || options === "search") return searchMask;
  if (options === "display") return displayMask;
  if (typeof options === "string") {
    throw new CstoError(
      "UNKNOWN_PROFILE",
      `Unknown normalization profile "${options}" (expected "display" or "search")`,
    );
  }
  if (typeof options !== "object" || options === null) {
    throw new CstoError("INVALID_OPTION", "Normalization options must be a profile name or an options object");
  }
  let mask = searchMask;
  // Own properties only: a polluted Object.prototype must not change the folds.
  const profile = Object.hasOwn(options, "profile") ? options.profile : undefined;
  if (profile !== undefined) {
    if (profile === "display") mask = displayMask;
    else if (profile !== "search") {
      throw new CstoError("UNKNOWN_PROFILE", `Unknown normalization profile "${String(profile)}"`);
    }
  }
  for (const key of Object.keys(options)) {
    if (key === "profile") continue;
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const bit = Object.hasOwn(flagBits, key) ? flagBits[key as NormalizeFlag] : undefined;
    if (bit === undefined) throw new CstoError("INVALID_OPTION", `Unknown normalization option "${key}"`);
    if (typeof value !== "boolean") {
      throw new CstoError("INVALID_OPTION", `Normalization option "${key}" must be a boolean, got ${typeof value}`);
    }
    mask = value ? mask | bit : mask & ~bit;
  }
  return mask;
}
