import { defineConfig } from "tsup";

// One entry per collection (`@csto/model/data/sessions` …), so a bundle carries only the JSON it
// reads; `ids` is the zod-free entry of the id types and helpers.
const collections = [
  "states",
  "cities",
  "persons",
  "organizations",
  "memberships",
  "sessions",
  "chairmanships",
  "secretary-general-terms",
  "leader-terms",
  "initiatives",
  "sources",
];

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ids: "src/ids/index.ts",
    data: "src/data/index.ts",
    ...Object.fromEntries(collections.map((name) => [`data/${name}`, `src/data/${name}.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
