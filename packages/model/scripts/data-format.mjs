// The on-disk format of packages/model/data/*.json: the key order of every record (the order
// of the zod schema's keys; src/schemas/key-order.test.ts keeps the two in step) and the
// canonical text (2-space JSON, one object per record, trailing newline). Plain JavaScript so
// that plain node scripts can use it without a TypeScript loader.

const names = { ar: true, en: true, ru: true };
const languages = { ar: true, en: true, ru: true };

/** Per collection: key → true (leaf) or a nested key order (objects, and each object of an array). */
export const keyOrder = {
  states: { id: true, iso2: true, names, adjectives: { ar: true }, capital: true, sources: true },
  cities: { id: true, state: true, names, formerNames: { names, from: true, to: true }, sources: true },
  persons: { id: true, names, born: true, notes: true, sources: true },
  organizations: { id: true, names, abbreviations: languages, sources: true },
  memberships: {
    state: true,
    events: { date: true, type: true, note: true, sources: true },
    notes: true,
    sources: true,
  },
  sessions: {
    id: true,
    date: true,
    endDate: true,
    city: true,
    kind: true,
    format: true,
    status: true,
    certainty: true,
    chair: true,
    attendees: true,
    absentStates: true,
    documentsSigned: true,
    notes: true,
    sources: true,
  },
  chairmanships: { state: true, from: true, to: true, motto: languages, notes: true, sources: true },
  secretaryGeneralTerms: {
    person: true,
    state: true,
    from: true,
    to: true,
    acting: true,
    title: true,
    notes: true,
    sources: true,
  },
  leaderTerms: {
    person: true,
    state: true,
    office: true,
    from: true,
    to: true,
    acting: true,
    notes: true,
    sources: true,
  },
  initiatives: {
    id: true,
    date: true,
    session: true,
    state: true,
    kind: true,
    title: languages,
    summary: true,
    sources: true,
  },
  sources: {
    id: true,
    url: true,
    title: true,
    publisher: true,
    lang: true,
    published: true,
    accessed: true,
    archived: true,
  },
};

/** The collections in file order. */
export const collectionNames = Object.keys(keyOrder);

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reorders keys to the schema order. Unknown keys are kept, after the known ones, so that
 * validateDataset can report them instead of the format silently dropping a typo.
 */
export function orderKeys(value, order) {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, order));
  if (!isPlainObject(value) || order === true) return value;
  const out = {};
  for (const [key, inner] of Object.entries(order)) {
    if (Object.hasOwn(value, key)) out[key] = orderKeys(value[key], inner);
  }
  for (const [key, inner] of Object.entries(value)) {
    if (!Object.hasOwn(order, key)) out[key] = inner;
  }
  return out;
}

/** The canonical text of a collection file. */
export function formatCollection(collection, records) {
  return `${JSON.stringify(orderKeys(records, keyOrder[collection]), null, 2)}\n`;
}
