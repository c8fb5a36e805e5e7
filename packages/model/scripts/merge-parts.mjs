#!/usr/bin/env node
// Builds the master files data/<collection>.json from the research parts in
// data-parts/<part>/<collection>.json: concatenate, dedupe, merge, sort, write in the canonical
// format. Run from anywhere: `node packages/model/scripts/merge-parts.mjs` (or `npm run merge
// -w @csto/model`). Once data-parts/ is deleted, data/*.json is the master and this script is
// no longer needed.
//
// Rules:
// - Parts are read in the order names, early, late, then any other folder alphabetically; for a
//   record present in several parts the first part's values win ("names" first: that part is
//   the naming research, so its preferred spellings stay preferred).
// - Records are the same when their key is: id for entities and sources; state for
//   memberships; state + from for chairmanships; person + from for secretary-general terms;
//   person + state + office + from for leader terms.
// - Merging two copies: name lists, adjectives, abbreviations, sources, notes, attendees and
//   absentStates are unions in order (first part's preferred first); membership events are
//   a union by date + type; any other field keeps the first value and a differing later value
//   is printed as a conflict.
// - Sources are deduped by id, then by URL (scheme, "www." and trailing slash ignored); a
//   source dropped as a URL duplicate has its id rewritten to the kept one everywhere,
//   including "(src:…)" mentions in notes.
// - Sort: sessions, initiatives by date then id; chairmanships and terms by from then state
//   then person; memberships by state; everything else by id. Plain code-unit order.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectionNames, formatCollection } from "./data-format.mjs";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const partsDir = join(packageDir, "data-parts");
const dataDir = join(packageDir, "data");
const preferredPartOrder = ["names", "early", "late"];

const warnings = [];
const warn = (message) => warnings.push(message);

function partFolders() {
  if (!existsSync(partsDir)) return [];
  const folders = readdirSync(partsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const rank = (name) => {
    const index = preferredPartOrder.indexOf(name);
    return index === -1 ? preferredPartOrder.length : index;
  };
  return folders.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function readParts() {
  const byCollection = Object.fromEntries(collectionNames.map((name) => [name, []]));
  for (const part of partFolders()) {
    for (const file of readdirSync(join(partsDir, part))) {
      if (!file.endsWith(".json")) continue;
      const collection = file.slice(0, -".json".length);
      if (!Object.hasOwn(byCollection, collection)) {
        warn(`data-parts/${part}/${file}: not a collection name, ignored`);
        continue;
      }
      let records;
      try {
        records = JSON.parse(readFileSync(join(partsDir, part, file), "utf8"));
      } catch (error) {
        warn(`data-parts/${part}/${file}: not JSON (${error.message}), ignored`);
        continue;
      }
      if (!Array.isArray(records)) {
        warn(`data-parts/${part}/${file}: not an array, ignored`);
        continue;
      }
      for (const record of records) byCollection[collection].push({ part, record });
    }
  }
  return byCollection;
}

const recordKeys = {
  memberships: (r) => r.state,
  chairmanships: (r) => `${r.state}@${r.from}`,
  secretaryGeneralTerms: (r) => `${r.person}@${r.from}`,
  leaderTerms: (r) => `${r.person}/${r.state}/${r.office}@${r.from}`,
};
const keyOf = (collection, record) => (recordKeys[collection] ?? ((r) => r.id))(record);

const unionFields = new Set(["sources", "notes", "attendees", "absentStates"]);
const perLanguageUnionFields = new Set(["names", "adjectives", "abbreviations"]);

function union(a, b) {
  const out = [...a];
  for (const item of b) if (!out.some((seen) => JSON.stringify(seen) === JSON.stringify(item))) out.push(item);
  return out;
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeEvents(a, b) {
  const out = a.map((event) => ({ ...event }));
  for (const event of b) {
    const same = out.find((seen) => seen.date === event.date && seen.type === event.type);
    if (same) {
      same.sources = union(same.sources ?? [], event.sources ?? []);
      if (same.note === undefined && event.note !== undefined) same.note = event.note;
    } else out.push({ ...event });
  }
  // Stable sort keeps the parts' order for events of the same day.
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

function mergeRecords(label, first, second) {
  const out = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const kept = out[key];
    if (kept === undefined) out[key] = value;
    else if (unionFields.has(key) && Array.isArray(kept) && Array.isArray(value)) out[key] = union(kept, value);
    else if (perLanguageUnionFields.has(key) && isObject(kept) && isObject(value)) {
      const merged = { ...kept };
      for (const [lang, list] of Object.entries(value)) {
        merged[lang] =
          Array.isArray(merged[lang]) && Array.isArray(list) ? union(merged[lang], list) : (merged[lang] ?? list);
      }
      out[key] = merged;
    } else if (key === "events" && Array.isArray(kept) && Array.isArray(value)) out[key] = mergeEvents(kept, value);
    else if (JSON.stringify(kept) !== JSON.stringify(value)) {
      warn(`${label}: "${key}" differs between parts; kept ${JSON.stringify(kept)}, dropped ${JSON.stringify(value)}`);
    }
  }
  return out;
}

function dedupe(collection, entries) {
  const byKey = new Map();
  for (const { part, record } of entries) {
    if (!isObject(record)) {
      warn(`data-parts/${part}/${collection}.json: a record is not an object, ignored`);
      continue;
    }
    const key = keyOf(collection, record);
    const seen = byKey.get(key);
    byKey.set(key, seen ? mergeRecords(`${collection} ${key} (${part})`, seen, record) : record);
  }
  return [...byKey.values()];
}

function urlKey(url) {
  try {
    const parsed = new URL(url);
    const host = parsed.host.toLowerCase().replace(/^www\./, "");
    return `${host}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
  } catch {
    return String(url);
  }
}

/** Drops sources whose URL an earlier source already has; returns the id rewrites. */
function dedupeSourcesByUrl(sources) {
  const kept = [];
  const byUrl = new Map();
  const rewrites = new Map();
  for (const source of sources) {
    const key = urlKey(source.url);
    const first = byUrl.get(key);
    if (first) {
      rewrites.set(source.id, first.id);
      warn(`sources: ${source.id} has the URL of ${first.id}; merged into ${first.id}`);
    } else {
      byUrl.set(key, source);
      kept.push(source);
    }
  }
  return { kept, rewrites };
}

function rewriteSourceIds(value, rewrites) {
  if (rewrites.size === 0) return value;
  if (typeof value === "string") {
    if (rewrites.has(value)) return rewrites.get(value);
    return value.replace(/src:[a-z0-9][a-z0-9_.-]*[a-z0-9]/g, (id) => rewrites.get(id) ?? id);
  }
  if (Array.isArray(value)) {
    const rewritten = value.map((item) => rewriteSourceIds(item, rewrites));
    // A list that cited both the kept and the dropped id now cites the kept one twice.
    return rewritten.every((item) => typeof item === "string") ? [...new Set(rewritten)] : rewritten;
  }
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rewriteSourceIds(inner, rewrites)]));
  }
  return value;
}

const compareText = (a, b) => {
  const x = String(a ?? "");
  const y = String(b ?? "");
  return x < y ? -1 : x > y ? 1 : 0;
};
const sortKeys = {
  sessions: (r) => [r.date, r.id],
  initiatives: (r) => [r.date, r.id],
  chairmanships: (r) => [r.from, r.state],
  secretaryGeneralTerms: (r) => [r.from, r.state, r.person],
  leaderTerms: (r) => [r.from, r.state, r.person],
  memberships: (r) => [r.state],
};

function sortRecords(collection, records) {
  const keys = sortKeys[collection] ?? ((r) => [r.id]);
  return [...records].sort((a, b) => {
    const [ka, kb] = [keys(a), keys(b)];
    for (let i = 0; i < ka.length; i++) {
      const order = compareText(ka[i], kb[i]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function main() {
  const parts = readParts();
  const merged = {};
  for (const collection of collectionNames) merged[collection] = dedupe(collection, parts[collection]);
  const { kept, rewrites } = dedupeSourcesByUrl(merged.sources);
  merged.sources = kept;
  const counts = [];
  for (const collection of collectionNames) {
    const records = sortRecords(collection, rewriteSourceIds(merged[collection], rewrites));
    writeFileSync(join(dataDir, `${collection}.json`), formatCollection(collection, records));
    counts.push(`${collection} ${records.length}`);
  }
  console.log(`merged ${partFolders().join(", ") || "(no parts)"} → data/: ${counts.join(", ")}`);
  for (const message of warnings) console.warn(`warning: ${message}`);
}

main();
