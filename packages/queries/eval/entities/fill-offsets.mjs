#!/usr/bin/env node
// Fills `start`/`end` of every gold mention in the entity-linking corpus.
//
// Usage: node packages/queries/eval/entities/fill-offsets.mjs [file.jsonl ...]
//        (default: test.jsonl and dev.jsonl beside this script)
//
// Each mention's `text` is searched for in the sentence, in array order, starting at the end of
// the previous mention, so repeated names resolve left to right. A match only counts when it is a
// whole word, or a word preceded by proclitics (و ف ب ك ل, optionally with tatweel/marks) — this
// keeps "روسيا" from matching inside "بيلاروسيا". An explicit `occurrence` (0-based) skips that many
// valid matches after the previous mention. Anything not found fails loudly (exit code 1) and no
// file is rewritten.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2);
if (files.length === 0) files.push(join(here, "test.jsonl"), join(here, "dev.jsonl"));

// Arabic letters (base block, extended letters, presentation forms) and Latin letters/digits.
const LETTER = /[\u0621-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFCA-Za-z0-9]/;
// Marks that live inside a word: harakat, tatweel, Quranic marks, ZWNJ/ZWJ, bidi marks.
const INNER = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]|[\u200C-\u200F]/;
const FORMAT = /[\u200C-\u200F]/;
const PROCLITIC = /^[وفبكل]{1,3}$/;

function isBoundaryBefore(text, start) {
  // Walk back over the letters glued to the match; they must be a proclitic stack.
  let i = start;
  let glued = "";
  while (i > 0) {
    const ch = text[i - 1];
    if (INNER.test(ch)) {
      i--;
      continue;
    }
    if (LETTER.test(ch)) {
      glued = ch + glued;
      i--;
      continue;
    }
    break;
  }
  return glued === "" || PROCLITIC.test(glued);
}

function isBoundaryAfter(text, end) {
  // Invisible format characters (ZWNJ/ZWJ/bidi marks) may trail a word; harakat and tatweel may
  // not, because a gold surface must include the marks written on its own letters.
  let i = end;
  while (i < text.length && FORMAT.test(text[i])) i++;
  const ch = text[i];
  return ch === undefined || !(LETTER.test(ch) || INNER.test(ch));
}

function findMention(text, surface, from, occurrence) {
  let skip = occurrence ?? 0;
  let at = text.indexOf(surface, from);
  while (at !== -1) {
    const end = at + surface.length;
    if (isBoundaryBefore(text, at) && isBoundaryAfter(text, end)) {
      if (skip === 0) return at;
      skip--;
    }
    at = text.indexOf(surface, at + 1);
  }
  return -1;
}

const MENTION_KEYS = ["id", "text", "start", "end", "occurrence"];
const RECORD_KEYS = ["id", "text", "mentions", "tags", "why"];

function ordered(obj, keys) {
  const out = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}

let failures = 0;
const outputs = [];
for (const file of files) {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const out = [];
  lines.forEach((line, n) => {
    let rec;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      console.error(`${file}:${n + 1}: invalid JSON: ${e.message}`);
      failures++;
      return;
    }
    let cursor = 0;
    const mentions = (rec.mentions ?? []).map((m) => {
      const start = findMention(rec.text, m.text, cursor, m.occurrence);
      if (start === -1) {
        console.error(`${file}:${n + 1} ${rec.id}: mention "${m.text}" (${m.id}) not found after offset ${cursor}`);
        failures++;
        return m;
      }
      cursor = start + m.text.length;
      return ordered({ ...m, start, end: cursor }, MENTION_KEYS);
    });
    out.push(JSON.stringify(ordered({ ...rec, mentions }, RECORD_KEYS)));
  });
  outputs.push([file, out]);
}

if (failures > 0) {
  console.error(`${failures} problem(s); no file written.`);
  process.exit(1);
}
for (const [file, out] of outputs) {
  writeFileSync(file, out.join("\n") + "\n");
  console.log(`${file}: ${out.length} sentences`);
}
