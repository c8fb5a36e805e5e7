import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

// Absolute paths so the config also works when a test builds the page from another cwd. The
// "@csto/source" condition bundles the libraries from their sources: the page needs no build
// of the packages and loads nothing from a CDN.
export default defineConfig({
  root: fileURLToPath(new URL("./web", import.meta.url)),
  base: "./",
  resolve: { conditions: ["@csto/source", ...defaultClientConditions] },
  build: { outDir: fileURLToPath(new URL("./dist/web", import.meta.url)), emptyOutDir: true },
});
