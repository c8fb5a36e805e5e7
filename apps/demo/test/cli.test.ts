import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { runCli } from "./run-cli.js";

// Every run spawns node + tsx on the sources (about 1-2 s each), hence the generous timeouts.
const timeout = 60_000;
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "csto-demo-cli-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function expectOneLineUsageError(run: { code: number | null; stderr: string; stdout: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^csto-demo: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("csto-demo basics", () => {
  it("prints the package version", { timeout }, async () => {
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${packageJson.version}\n`);
  });

  it("lists every command and the exit codes in --help", { timeout }, async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["demo", "analyze", "sessions", "members", "timeline", "serve"]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
    expect(run.stdout).toMatch(/^ {2}3 +input file unreadable/m);
  });

  it.each(["demo", "analyze", "sessions", "members", "timeline", "serve"])(
    "has --help for %s",
    { timeout },
    async (command) => {
      const run = await runCli([command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith(`Usage: csto-demo ${command}`)).toBe(true);
      expect(run.stdout).toContain("Exit codes:");
    },
  );
});

describe("usage errors exit 2 with one line and no stack", () => {
  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [[], /missing command/],
    [["members"], /missing --on/],
    [["members", "--on", "2023-02-30"], /--on must be a date/],
    [["members", "--on", "2023-01-01", "--bogus"], /Unknown option '--bogus'/],
    [["sessions", "--year", "twenty"], /--year must be a four-digit year/],
    [["sessions", "--city", "Atlantis"], /unknown city "Atlantis"/],
    [["analyze", "-"], /missing --published/],
    [["analyze", "--jsonl", "-", "--workers", "many"], /--workers must be a whole number/],
    [["demo", "--format", "yaml"], /--format must be "text" or "json"/],
    [["serve", "--port", "99999"], /--port must be an integer/],
  ])("%j", { timeout }, async (args, pattern) => {
    expectOneLineUsageError(await runCli(args as string[]), pattern);
  });

  it("shows the stack with --debug", { timeout }, async () => {
    const run = await runCli(["members", "--on", "nope", "--debug"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});

describe("unreadable input exits 3", () => {
  it("for a missing article file", { timeout }, async () => {
    const run = await runCli(["analyze", join(workDir, "missing.txt"), "--published", "2025-11-28"]);
    expect(run.code).toBe(3);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot read .*missing\.txt.*ENOENT/);
  });

  it("for a missing or directory JSONL input", { timeout }, async () => {
    const missing = await runCli(["analyze", "--jsonl", join(workDir, "missing.jsonl")]);
    expect(missing.code).toBe(3);
    expect(missing.stdout).toBe("");
    const directory = await runCli(["analyze", "--jsonl", workDir]);
    expect(directory.code).toBe(3);
    expect(directory.stderr).toMatch(/EISDIR/);
  });
});

describe("queries", () => {
  it("members --on lists the parties on that day", { timeout }, async () => {
    const run = await runCli(["members", "--on", "2024-11-28", "--format", "json"]);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((state) => state.id).sort();
    // Armenia froze its participation in February 2024 but remained a party.
    expect(ids).toEqual(["state:ARM", "state:BLR", "state:KAZ", "state:KGZ", "state:RUS", "state:TJK"]);
  });

  it("members --on prints an aligned table when piped, without colour codes", { timeout }, async () => {
    const run = await runCli(["members", "--on", "2005-06-01"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^state:RUS {2,}Russia {2,}روسيا$/m);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("sessions --year lists that year's sessions", { timeout }, async () => {
    const run = await runCli(["sessions", "--year", "2022", "--format", "json"]);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((session) => session.id);
    expect(ids).toContain("session:2022-01-10-yerevan");
    expect(ids).toContain("session:2022-05-16-moscow");
    expect(ids).toContain("session:2022-11-23-yerevan");
    expect(ids.every((id) => id.startsWith("session:2022-"))).toBe(true);
  });

  it("sessions --city accepts an Arabic name", { timeout }, async () => {
    const run = await runCli(["sessions", "--city", "بشكيك"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("session:2025-11-27-bishkek");
    expect(run.stdout).toContain("session:2019-11-28-bishkek");
    expect(run.stdout).not.toContain("moscow");
  });

  it("timeline --from --to stays inside the range", { timeout }, async () => {
    const run = await runCli(["timeline", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json"]);
    expect(run.code).toBe(0);
    const events = JSON.parse(run.stdout) as { date: string; kind: string }[];
    expect(events.length).toBeGreaterThan(0);
    // An event may be dated to the month or year only ("2025-06", "2025").
    expect(events.every((event) => event.date.startsWith("2025"))).toBe(true);
    expect(events.some((event) => event.kind === "session")).toBe(true);
  });
});

describe("analyze and demo", () => {
  it("analyze reads stdin and --format json gives dates, entities, session and answers", { timeout }, async () => {
    const text = "اختتمت في مينسك أمس الخميس قمة منظمة معاهدة الأمن الجماعي برئاسة ألكسندر لوكاشينكو.";
    const run = await runCli(["analyze", "-", "--published", "2023-11-24", "--format", "json"], { input: text });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const yesterday = report.dates.find((date: { value: string }) => date.value === "2023-11-23");
    expect(yesterday).toBeDefined();
    expect(text.slice(yesterday.start, yesterday.end)).toBe(yesterday.text);
    expect(report.entities.map((entity: { id: string }) => entity.id)).toEqual(
      expect.arrayContaining(["city:minsk", "org:csto", "person:lukashenko"]),
    );
    expect(report.sessions[0].id).toBe("session:2023-11-23-minsk");
    expect(report.answers.chair.state).toBe("state:BLR");
    expect(report.answers.nextSession.id).toBe("session:2024-11-28-astana");
  });

  it("analyze prints a readable text block", { timeout }, async () => {
    const file = join(workDir, "article.txt");
    await writeFile(file, "عقد قادة المنظمة قمتهم في بيشكيك يوم 27 نونبر 2025.");
    const run = await runCli(["analyze", file, "--published", "2025-11-28"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}2025-11-27 {2,}day {2,}27 نونبر 2025$/m);
    expect(run.stdout).toMatch(/^Session {3}session:2025-11-27-bishkek/m);
    expect(run.stdout).toMatch(/^ {2}secretary-general +Imangali Tasmagambetov/m);
  });

  it("demo analyses every sample article and matches its session", { timeout }, async () => {
    const run = await runCli(["demo", "--format", "json"]);
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout) as { id: string; sessions: { id: string }[]; dates: unknown[] }[];
    expect(reports.length).toBeGreaterThanOrEqual(6);
    const expected: Record<string, string> = {
      "2019-11-29-bishkek-summit": "session:2019-11-28-bishkek",
      "2022-01-10-kazakhstan-video-session": "session:2022-01-10-yerevan",
      "2022-05-17-moscow-jubilee": "session:2022-05-16-moscow",
      "2022-11-24-yerevan-summit": "session:2022-11-23-yerevan",
      "2023-11-24-minsk-summit": "session:2023-11-23-minsk",
      "2024-11-29-astana-summit": "session:2024-11-28-astana",
      "2025-11-28-bishkek-summit": "session:2025-11-27-bishkek",
    };
    for (const report of reports) {
      expect(report.dates.length, report.id).toBeGreaterThanOrEqual(4);
      if (expected[report.id]) expect(report.sessions[0]?.id, report.id).toBe(expected[report.id]);
    }
  });

  it("demo text output is plain when piped", { timeout }, async () => {
    const run = await runCli(["demo"]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout.match(/^━━ /gm)?.length).toBeGreaterThanOrEqual(6);
    expect(run.stdout).toContain("next session");
  });
});
