import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// Tests run on sources: the private "@csto/source" export condition points every
// workspace package at its src/index.ts, so `npm test` needs no build first.
export default defineProject({
  resolve: { conditions: ["@csto/source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["@csto/source", ...defaultServerConditions] } },
  test: {
    include: ["src/**/*.test.ts", "eval/**/*.test.ts", "test/**/*.test.ts"],
    // Type tests (`*.test-d.ts`, expectTypeOf and @ts-expect-error) are checked by tsc, not run.
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
