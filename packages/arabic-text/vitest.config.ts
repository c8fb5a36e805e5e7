import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// Tests run on sources: the private "@csto/source" export condition points every
// workspace package at its src/index.ts, so `npm test` needs no build first.
export default defineProject({
  resolve: { conditions: ["@csto/source", ...defaultServerConditions] },
  ssr: { resolve: { conditions: ["@csto/source", ...defaultServerConditions] } },
  test: {
    include: ["src/**/*.test.ts", "eval/**/*.test.ts", "test/**/*.test.ts"],
    // Property tests run thousands of cases; on a shared machine under load 5 s is too tight.
    testTimeout: 60_000,
  },
});
