// Rewrites the generated files (schema/*.json, csv/*.csv, datapackage.json, sql/*.sql) from the
// zod schemas and the master data in data/*.json. Run: `npm run generate -w @csto/model`
// (= tsx --conditions=@csto/source scripts/generate-artifacts.ts). The artifacts test fails
// when the committed files differ from what this writes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArtifacts, generatedFolders } from "../src/artifacts/build-artifacts.js";
import { collections } from "../src/schemas/collections.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// Read the files rather than import the data module, so a half-edited file is still written out.
const data = Object.fromEntries(
  collections.map((name) => [name, JSON.parse(readFileSync(join(packageDir, "data", `${name}.json`), "utf8"))]),
) as Record<(typeof collections)[number], unknown[]>;

const files = buildArtifacts(data);
for (const [path, content] of files) {
  mkdirSync(dirname(join(packageDir, path)), { recursive: true });
  writeFileSync(join(packageDir, path), content);
}
console.log(`wrote ${files.size} files: ${[...files.keys()].join(", ")}`);

// A file left in a generated folder that is no longer generated (a renamed table) is stale.
for (const folder of generatedFolders) {
  for (const name of readdirSync(join(packageDir, folder))) {
    if (!files.has(`${folder}/${name}`)) {
      rmSync(join(packageDir, folder, name));
      console.log(`removed stale ${folder}/${name}`);
    }
  }
}

// The README states the record counts; keep its table in step with the data.
const readmePath = join(packageDir, "README.md");
const readme = readFileSync(readmePath, "utf8");
let updated = readme;
for (const name of collections) {
  updated = updated.replace(new RegExp(`^\\| ${name} +\\| \\d+ +\\|$`, "m"), `| ${name} | ${data[name].length} |`);
}
if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log("updated the record counts in README.md");
}
