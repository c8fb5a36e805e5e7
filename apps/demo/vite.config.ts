import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  base: "./",
  resolve: { conditions: ["@csto/source"] },
  build: { outDir: "../dist/web", emptyOutDir: true },
});
