import { runProcess } from "./cli/run-process.js";

// One entry file for both roles, so the built CLI is a single dist/cli.js and `--workers`
// works the same from sources (tsx) and from the bundle: a worker thread re-enters here.
await runProcess(process.argv.slice(2), import.meta.url);
