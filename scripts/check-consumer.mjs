// A fresh TypeScript consumer of the PACKED packages: `npm pack` each library, unpack the
// tarballs into a temporary project's node_modules (offline: the third-party dependencies are
// linked from the root's node_modules), then
//   - a file that uses typed ids must compile, and run under Node against the packed code;
//   - a file that passes bare codes ("RUS") must fail to compile, on exactly those lines.
// Run after `npm run build`; called by check-dist.mjs (npm test).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const libraries = [
  ["packages/arabic-text", "@csto/arabic-text"],
  ["packages/model", "@csto/model"],
  ["packages/queries", "@csto/queries"],
];
const thirdParty = ["zod", "luxon", "@types/luxon"];

const good = `import { kindOfId, type PersonId, type StateId } from "@csto/model/ids";
import { StateId as StateIdSchema, type State } from "@csto/model";
import { chairOn, getEntity, leaderOf, searchEntities, type DateInput } from "@csto/queries";
import { findDates } from "@csto/arabic-text";

const russia: StateId = "state:RUS";
const term = leaderOf(russia, "2025-11-27");
const person: PersonId | undefined = term?.person;
const state: State | undefined = getEntity("state:KGZ");
const fromInput: StateId = StateIdSchema.parse("state:" + "KAZ");
const day: DateInput = "2025-11-27T10:00:00+03:00";
const hit = searchEntities("Putin")[0];
const kind: "person" | "state" | "city" | "org" | undefined = hit?.kind;
const chair = chairOn(day)?.state;
const dates = findDates("اليوم", { ref: day, zone: "Asia/Bishkek" });
console.log(JSON.stringify([kindOfId(russia), person, state?.iso2, fromInput, kind, chair, dates[0]?.value]));
`;

const bad = `import { getEntity, leaderOf, sessions } from "@csto/queries";

leaderOf("RUS", "2025-11-27");
getEntity("KGZ");
sessions({ city: "bishkek" });
`;

function run(command, args, cwd) {
  try {
    return { ok: true, output: execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    return {
      ok: false,
      output: `${error.stdout ?? ""}${error.stderr ?? ""}${error.stdout || error.stderr ? "" : error.message}`,
    };
  }
}

/** Runs the consumer checks; reports each through `check(name, ok, detail)`. */
export function checkConsumer(root, check) {
  const dir = mkdtempSync(join(tmpdir(), "csto-consumer-"));
  try {
    const packs = join(dir, "packs");
    const project = join(dir, "project");
    mkdirSync(packs);
    mkdirSync(join(project, "node_modules", "@csto"), { recursive: true });
    mkdirSync(join(project, "node_modules", "@types"), { recursive: true });
    for (const [path, name] of libraries) {
      const packed = run("npm", ["pack", "--silent", "--pack-destination", packs], join(root, path));
      const tarball = packed.output.trim().split("\n").at(-1);
      check(`consumer: npm pack ${name}`, packed.ok && tarball?.endsWith(".tgz"), packed.output.trim());
      if (!packed.ok) return;
      const target = join(project, "node_modules", name);
      mkdirSync(target, { recursive: true });
      run("tar", ["-xzf", join(packs, tarball), "-C", target, "--strip-components=1"], dir);
    }
    for (const name of thirdParty) {
      symlinkSync(join(root, "node_modules", name), join(project, "node_modules", name), "dir");
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const compilerOptions = {
      strict: true,
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      skipLibCheck: false,
      types: [],
      outDir: "out",
    };
    writeFileSync(join(project, "good.ts"), good);
    writeFileSync(join(project, "bad.ts"), bad);
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const config = (file, noEmit) => JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit }, files: [file] });
    writeFileSync(join(project, "tsconfig.good.json"), config("good.ts", false));
    writeFileSync(join(project, "tsconfig.bad.json"), config("bad.ts", true));

    const compiled = run("node", [tsc, "-p", "tsconfig.good.json"], project);
    check("consumer: typed ids compile against the packed packages", compiled.ok, compiled.output.trim());
    if (compiled.ok) {
      const ran = run("node", [join("out", "good.js")], project);
      const expected = '["state","person:putin","KG","state:KAZ","person","state:KGZ","2025-11-27"]';
      check(
        "consumer: the compiled file runs on the packed packages",
        ran.output.trim() === expected,
        ran.output.trim(),
      );
    }

    const rejected = run("node", [tsc, "-p", "tsconfig.bad.json"], project);
    const errorLines = [...rejected.output.matchAll(/bad\.ts\((\d+),\d+\): error TS(?:2345|2322)/g)].map((m) =>
      Number(m[1]),
    );
    check(
      'consumer: bare codes do not compile (leaderOf("RUS"), getEntity("KGZ"), a city slug)',
      !rejected.ok && JSON.stringify(errorLines) === "[3,4,5]",
      rejected.output.trim(),
    );
    check(
      "consumer: the packed files hold no tests",
      !readdirSync(join(project, "node_modules", "@csto", "queries", "src")).some((f) => f.endsWith(".test.ts")),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
