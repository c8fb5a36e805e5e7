import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError, usageError } from "../cli/cli-error.js";
import type { Command } from "../cli/command.js";
import { exitCodeHelp } from "../cli/exit-code-help.js";
import { ExitCode } from "../cli/exit-codes.js";
import { createStaticServer, defaultServerLimits } from "../server/static-server.js";

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the RTL web page (built into dist/web)",
  help: `Usage: csto-demo serve [--port N] [--host HOST] [--root DIR]

Serves the web page on http://127.0.0.1:<port>/ and prints "Listening on <url>" on stdout.
The page bundles the libraries: it needs no network and no CDN. Stop with Ctrl-C (exit 130;
143 after SIGTERM).

It answers only requests whose Host is 127.0.0.1, localhost or [::1] (or --host) with its
port (421 otherwise, against DNS rebinding), serves only files whose real path lies under the
root, closes idle connections after ${defaultServerLimits.headersTimeoutMs / 1000} s (keep-alive ${defaultServerLimits.keepAliveTimeoutMs / 1000} s) and holds at most
${defaultServerLimits.maxConnections} connections at once.

Options:
  --port N               port (default 5178; 0 picks a free one)
  --host HOST            interface (default 127.0.0.1)
  --root DIR             directory of the built page (default: dist/web beside the CLI)
  -h, --help             show this help

${exitCodeHelp}`,
  options: { port: { type: "string" }, host: { type: "string" }, root: { type: "string" } },
  maxPositionals: 0,
  async run({ values, out, stderr, entryUrl, stop }) {
    const port = readPort(values.port as string | undefined);
    const host = (values.host as string | undefined) ?? "127.0.0.1";
    const root = findWebRoot(values.root as string | undefined, entryUrl);
    const server = createStaticServer(root, { listenHost: host });
    await new Promise<void>((done, fail) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        fail(new CliError(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`, ExitCode.usage)),
      );
      server.listen(port, host, done);
    });
    const address = server.address();
    const actualPort = typeof address === "object" && address ? address.port : port;
    const shownHost = host.includes(":") ? `[${host}]` : host;
    await out.write(`Listening on http://${shownHost}:${actualPort}/\n`);
    // Runs until SIGINT/SIGTERM; runCli then exits 130/143 like every stopped command.
    return new Promise<number>((done) => {
      const close = () => {
        stderr.write("csto-demo: stopping\n");
        server.close(() => done(ExitCode.ok));
        server.closeAllConnections();
      };
      if (stop.aborted) close();
      else stop.addEventListener("abort", close, { once: true });
    });
  },
};

function readPort(value: string | undefined): number {
  if (value === undefined) return 5178;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw usageError(`--port must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  return port;
}

// dist/cli.js serves dist/web; src/cli.ts (tests, tsx) serves the last build in dist/web too.
function findWebRoot(given: string | undefined, entryUrl: string): string {
  const candidates = given
    ? [resolve(given)]
    : [fileURLToPath(new URL("./web/", entryUrl)), fileURLToPath(new URL("../dist/web/", entryUrl))];
  const root = candidates.find((candidate) => existsSync(resolve(candidate, "index.html")));
  if (!root) {
    throw new CliError(
      `no built page found in ${candidates.join(" or ")} (run: npm run build -w @csto/demo)`,
      ExitCode.unreadableInput,
    );
  }
  return root;
}
