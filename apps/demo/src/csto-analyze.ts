import { runProcess } from "./cli/run-process.js";

// Entry of the single-file batch stage `csto-analyze.mjs` (scripts/build-analyze-bundle.mjs):
// `node csto-analyze.mjs --jsonl -` is `csto-demo analyze --jsonl -` with every dependency
// inlined, for engines that pipe partitions through a process (Dask, Spark, Hadoop). A worker
// thread (--workers) re-enters this same file.
await runProcess(["analyze", ...process.argv.slice(2)], import.meta.url);
