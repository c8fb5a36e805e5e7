// Inflections of a nisba adjective (روسي): the data lists base forms and irregular plurals;
// the regular inflections are generated here so that every form links to its state.

const YA = "\u064A";
const HEH = "\u0647"; // ة after search normalization
const ARTICLE = "\u0627\u0644";
// Suffixes added to a stem ending in ي: ة، ون، ين، ان، تان، تين، ات.
const suffixes = [
  "",
  "\u0647",
  "\u0648\u0646",
  "\u064A\u0646",
  "\u0627\u0646",
  "\u062A\u0627\u0646",
  "\u062A\u064A\u0646",
  "\u0627\u062A",
];

/**
 * All inflected keys of one adjective key (already normalized and folded), each with and
 * without the article, and the bare indefinite accusative. `روسي` → روسي، روسيه، روسيون،
 * روسيين، … الروسي، الروسيه، …، روسيا
 */
export function adjectiveForms(key: string): string[] {
  const forms = new Set<string>();
  // A listed plural with the article (الروس) stays as written: bare روس is mostly a prefix of
  // other names (روس أتوم).
  if (key.startsWith(ARTICLE)) return [key];
  const bare = key;
  if (bare.length < 2) return [];
  let stem: string | undefined;
  if (bare.endsWith(YA)) stem = bare;
  else if (bare.endsWith(YA + HEH)) stem = bare.slice(0, -1);
  if (stem === undefined) {
    forms.add(bare);
  } else {
    for (const suffix of suffixes) forms.add(stem + suffix);
  }
  const out: string[] = [];
  for (const form of forms) {
    out.push(form, ARTICLE + form);
  }
  // The indefinite accusative, its tanween written on an alif (لواء كازاخيًا → كازاخيا): bare
  // only. For most nisbas it is also the country's own name (روسيا، أرمينيا), the same state.
  if (stem !== undefined) out.push(`${stem}ا`);
  return out;
}
