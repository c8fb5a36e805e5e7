/**
 * The precomposed letter for `base` followed by a combining madda (U+0653), hamza above
 * (U+0654) or hamza below (U+0655), or 0 when the pair does not compose. Covers the
 * canonical (NFC) pairs plus ى+ٔ → ئ and ه+ٔ → ۀ, which real pages type as well.
 */
export function composeHamza(base: number, mark: number): number {
  if (mark === 0x0654) {
    switch (base) {
      case 0x0627:
        return 0x0623; // ا → أ
      case 0x0648:
        return 0x0624; // و → ؤ
      case 0x064a:
      case 0x0649:
        return 0x0626; // ي / ى → ئ
      case 0x06d5:
      case 0x0647:
        return 0x06c0; // ە / ه → ۀ
      case 0x06c1:
        return 0x06c2; // ہ → ۂ
      case 0x06d2:
        return 0x06d3; // ے → ۓ
      default:
        return 0;
    }
  }
  if (base !== 0x0627) return 0;
  if (mark === 0x0653) return 0x0622; // ا → آ
  if (mark === 0x0655) return 0x0625; // ا → إ
  return 0;
}
