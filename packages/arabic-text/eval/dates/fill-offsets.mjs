#!/usr/bin/env node
// Fills `start`/`end` of every gold mention in the date corpus from its surface text, so that
// offsets are never typed by hand. Usage: node fill-offsets.mjs [file.jsonl ...]
// (default: test.jsonl and dev.jsonl beside this script). Rewrites the files in place.
//
// A surface must occur exactly once in its sentence; when it occurs more than once the entry
// must say which one with "occurrence" (1-based). Anything else fails loudly, because a wrong
// offset would silently corrupt the exact-span score.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(here, "test.jsonl"), join(here, "dev.jsonl")];

const MENTION_KEYS = ["text", "start", "end", "value", "grain", "mod", "calendar", "relative", "occurrence"];
const ENTRY_KEYS = ["id", "text", "ref", "category", "register", "mentions", "why"];

function occurrences(haystack, needle) {
  const found = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function ordered(obj, keys) {
  const out = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) throw new Error(`unexpected key "${k}"`);
  return out;
}

// Invisible characters are written as \uXXXX escapes so the files stay reviewable.
function escapeInvisible(json) {
  return json.replace(
    /[\u00a0\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

let failures = 0;
for (const file of files) {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const out = [];
  for (const [n, line] of lines.entries()) {
    const entry = JSON.parse(line);
    let previousEnd = -1;
    entry.mentions = entry.mentions.map((m) => {
      const hits = occurrences(entry.text, m.text);
      let at;
      if (hits.length === 0) {
        console.error(`${file}:${n + 1} ${entry.id}: surface not found: ${JSON.stringify(m.text)}`);
        failures++;
        return m;
      }
      if (m.occurrence !== undefined) {
        at = hits[m.occurrence - 1];
        if (at === undefined) {
          console.error(`${entry.id}: occurrence ${m.occurrence} of ${JSON.stringify(m.text)} does not exist`);
          failures++;
          return m;
        }
      } else if (hits.length > 1) {
        console.error(
          `${entry.id}: surface ${JSON.stringify(m.text)} is ambiguous (${hits.length} hits); add "occurrence"`,
        );
        failures++;
        return m;
      } else at = hits[0];
      if (m.start !== undefined && (m.start !== at || m.end !== at + m.text.length)) {
        console.error(`${entry.id}: stored offsets of ${JSON.stringify(m.text)} disagree with the text`);
        failures++;
      }
      if (at < previousEnd) {
        console.error(`${entry.id}: mention ${JSON.stringify(m.text)} overlaps or precedes the previous one`);
        failures++;
      }
      previousEnd = at + m.text.length;
      return ordered({ ...m, start: at, end: at + m.text.length }, MENTION_KEYS);
    });
    out.push(escapeInvisible(JSON.stringify(ordered(entry, ENTRY_KEYS))));
  }
  if (failures === 0) writeFileSync(file, out.join("\n") + "\n");
  console.log(`${file}: ${lines.length} entries`);
}
if (failures > 0) {
  console.error(`${failures} problem(s); files not rewritten`);
  process.exit(1);
}
