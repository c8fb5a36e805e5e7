// Checks that analyzeArticle resolves each seed article (real Arabic news, kept outside the
// repository) to the summit it reports. Skipped when the seeds folder is absent.
//
//   npx tsx --conditions=@csto/source packages/queries/scripts/check-seeds.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "@csto/queries";

/**
 * Expected summit and publication day of each seed, from the facts the article reports (the
 * datelines; where there is none, the day after the summit it reports as over).
 */
export const seedExpectations: readonly { file: string; published: string; session: string; why: string }[] = [
  {
    file: "000_23321924ba276e70.txt",
    published: "2025-11-27",
    session: "session:2025-11-27-bishkek",
    why: "reports the Bishkek summit; Putin arrived 'yesterday, Wednesday' (26th), so published Thursday 27th",
  },
  {
    file: "001_8a7be7528faee170.txt",
    published: "2025-11-28",
    session: "session:2025-11-27-bishkek",
    why: "analysis of the results of Putin's visit to Bishkek (no dateline: the day after the summit)",
  },
  {
    file: "002_c738a0e1a00c6181.txt",
    published: "2025-11-27",
    session: "session:2025-11-27-bishkek",
    why: "the summit 'held today' in Bishkek, Russian chairmanship in 2026",
  },
  {
    file: "003_8e51950bec18ea3f.txt",
    published: "2022-05-16",
    session: "session:2022-05-16-moscow",
    why: "dateline Monday 16 May 2022, jubilee summit in Moscow",
  },
  {
    file: "004_550467d8a61e8f2c.txt",
    published: "2025-11-27",
    session: "session:2025-11-27-bishkek",
    why: "dateline Thursday 27 November 2025, Bishkek",
  },
];

/** The seeds folder beside the repository (../shared/seeds from the repo root). */
export function seedsFolder(): string {
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  return join(repoRoot, "..", "shared", "seeds");
}

export function checkSeeds(folder = seedsFolder()): { file: string; expected: string; got?: string; ok: boolean }[] {
  return seedExpectations.map(({ file, published, session }) => {
    const text = readFileSync(join(folder, file), "utf8");
    const got = analyzeArticle(text, { published }).sessions[0]?.session.id;
    return { file, expected: session, got, ok: got === session };
  });
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const folder = seedsFolder();
  if (!existsSync(folder)) {
    console.log(`seeds folder ${folder} not found: skipped`);
  } else {
    const results = checkSeeds(folder);
    for (const r of results)
      console.log(`${r.ok ? "ok  " : "FAIL"} ${r.file} expected ${r.expected} got ${r.got ?? "nothing"}`);
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  }
}
