import { defineConfig } from "tsup";

// ESM ships one file per source module, so bundlers drop every module a user does not import
// ("sideEffects": false): importing only `normalize` never pulls in the date code. CJS
// consumers do not tree-shake, so they get a single bundled file.
const entries = ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/**/__fixtures__/**"];

export default defineConfig([
  {
    entry: entries,
    format: ["esm"],
    bundle: false,
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    tsconfig: "tsconfig.build.json",
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    clean: false,
    target: "es2022",
    tsconfig: "tsconfig.build.json",
  },
]);
