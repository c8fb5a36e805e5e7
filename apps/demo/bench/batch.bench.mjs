// Batch-mode benchmark: generates a JSONL corpus of Arabic articles in the OS temp dir
// (200 MB by default; CSTO_BENCH_MB=20 for a quick run), then runs the built
// `csto-demo analyze --jsonl` over it, single-threaded and with worker threads, next to a
// baseline measured in the same run: a Node readline → stdout passthrough (the floor any
// line-oriented Node stage pays). Prints lines/s, MB/s and peak RSS of each child process.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const cli = join(appDir, "dist", "cli.js");
const targetMb = Number(process.env.CSTO_BENCH_MB ?? 200);
const workers = Number(process.env.CSTO_BENCH_WORKERS ?? availableParallelism());

// Pieces of original news-style sentences, recombined with a seeded generator so the corpus is
// varied but reproducible. Each line is one article of three to six sentences.
const cities = ["مينسك", "بيشكيك", "أستانا", "يريفان", "موسكو", "دوشنبه", "بشكك", "آستانة"];
const leaders = [
  "فلاديمير بوتين",
  "ألكسندر لوكاشينكو",
  "قاسم جومارت توكاييف",
  "صدير جاباروف",
  "إمام علي رحمن",
  "نيكول باشينيان",
];
const dates = [
  "أمس الخميس",
  "يوم 27 نونبر 2025",
  "في 23 تشرين الثاني/نوفمبر",
  "مطلع العام المقبل",
  "الأسبوع الماضي",
  "في 28 نوفمبر 2024م",
  "يوم الاثنين المقبل",
  "أواخر العام الجاري",
];
const templates = [
  (r) =>
    `عقد قادة منظمة معاهدة الأمن الجماعي ${pick(r, dates)} اجتماعهم في ${pick(r, cities)} برئاسة ${pick(r, leaders)}.`,
  (r) => `وقال ${pick(r, leaders)} إن التعاون العسكري بين الدول الأعضاء سيتعزز ${pick(r, dates)}.`,
  (r) => `وشارك في القمة الرئيس ${pick(r, leaders)} والرئيس ${pick(r, leaders)}، فيما غابت أرمينيا عن الاجتماع.`,
  (r) => `ووقّع المجتمعون ${Math.floor(r() * 20) + 1} وثيقة، بينها إعلان ختامي وخطة لمكافحة المخدرات.`,
  (r) =>
    `وتتسلم ${pick(r, ["روسيا", "بيلاروسيا", "كازاخستان", "قرغيزستان", "طاجيكستان"])} الرئاسة الدورية ${pick(r, dates)}.`,
  () => "وتناولت المحادثات الوضع على الحدود الطاجيكية الأفغانية وتطوير قوات الرد السريع الجماعية.",
];
const published = ["2025-11-28", "2024-11-29", "2023-11-24", "2022-11-24", "2019-11-29"];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(path, bytes) {
  const random = seeded(2025);
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  while (written < bytes) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(random, templates)(random));
    const line = `${JSON.stringify({ id: `bench-${lines + 1}`, text: sentences.join(" "), published: pick(random, published) })}\n`;
    written += Buffer.byteLength(line);
    lines++;
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return lines;
}

// Peak RSS (VmHWM) and CPU time (utime + stime, all threads) of a child, read from /proc until
// it exits (Linux). CPU time makes "lines per CPU-second" (= lines/s per core) robust to other
// load on the machine; elsewhere only RSS is available, through ps.
const clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

function sampleProcess(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / clockTicks;
    return { rssKb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0), cpuSeconds };
  } catch {
    const ps = spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" });
    return { rssKb: Number(ps.stdout.trim()) || 0, cpuSeconds: Number.NaN };
  }
}

function measure(label, args, input) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], cwd: appDir });
    let peak = 0;
    let cpuSeconds = Number.NaN;
    let outputLines = 0;
    let stderr = "";
    const poll = setInterval(() => {
      const sample = sampleProcess(child.pid);
      peak = Math.max(peak, sample.rssKb);
      if (sample.cpuSeconds > 0) cpuSeconds = sample.cpuSeconds;
    }, 100);
    child.stdout.on("data", (chunk) => {
      for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) outputLines++;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${label} exited with ${code}: ${stderr.slice(-500)}`));
      else resolve({ label, seconds, cpuSeconds, peakMb: peak / 1024, outputLines, input });
    });
  });
}

const passthrough = `
  const rl = require("node:readline").createInterface({ input: require("node:fs").createReadStream(process.argv[1]), crlfDelay: Infinity });
  let buffer = "";
  (async () => {
    for await (const line of rl) {
      buffer += line + "\\n";
      if (buffer.length > 65536) { if (!process.stdout.write(buffer)) await new Promise((r) => process.stdout.once("drain", r)); buffer = ""; }
    }
    process.stdout.write(buffer);
  })();
`;

function row(result, lines, baseline) {
  const perCpu = Number.isFinite(result.cpuSeconds)
    ? Math.round(lines / result.cpuSeconds).toLocaleString("en")
    : "n/a";
  const cells = [
    result.label.padEnd(34),
    result.seconds.toFixed(1).padStart(8),
    Math.round(lines / result.seconds)
      .toLocaleString("en")
      .padStart(9),
    perCpu.padStart(11),
    (result.input / 1e6 / result.seconds).toFixed(2).padStart(7),
    result.peakMb.toFixed(0).padStart(9),
    `${(baseline.seconds / result.seconds).toFixed(3)}×`.padStart(9),
  ];
  return cells.join("  ");
}

async function main() {
  if (!existsSync(cli)) {
    console.log("dist/cli.js missing: building the CLI with tsup …");
    const built = spawnSync("npx", ["tsup"], { cwd: appDir, stdio: "inherit" });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const dir = await mkdtemp(join(tmpdir(), "csto-bench-"));
  const file = join(dir, "articles.jsonl");
  try {
    const lines = await generate(file, targetMb * 1e6);
    const { size } = await stat(file);
    console.log(
      `input: ${(size / 1e6).toFixed(1)} MB, ${lines.toLocaleString("en")} lines (${Math.round(size / lines)} B/line) in ${dir}`,
    );
    console.log(`node ${process.version}, ${availableParallelism()} cores available\n`);
    const results = [];
    results.push(await measure("baseline: readline passthrough", ["-e", passthrough, file], size));
    results.push(await measure("analyze --jsonl", [cli, "analyze", "--jsonl", file], size));
    if (workers > 1)
      results.push(
        await measure(
          `analyze --jsonl --workers ${workers}`,
          [cli, "analyze", "--jsonl", file, "--workers", String(workers)],
          size,
        ),
      );
    for (const result of results) {
      if (result.outputLines !== lines)
        throw new Error(`${result.label}: ${result.outputLines} output lines for ${lines} input lines`);
    }
    const header = ["mode".padEnd(34), "seconds".padStart(8), "lines/s".padStart(9), "lines/CPU-s".padStart(11)];
    header.push("MB/s".padStart(7), "peak RSS".padStart(9), "vs base".padStart(9));
    console.log(header.join("  "));
    for (const result of results) console.log(row(result, lines, results[0]));
    console.log("\nlines/s = wall clock; lines/CPU-s = per core, all threads' user+sys time; peak RSS in MB (VmHWM);");
    console.log(
      "vs base = baseline seconds / mode seconds. Other load on the machine lowers lines/s, not lines/CPU-s.",
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
