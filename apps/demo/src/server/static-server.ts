import { createReadStream, realpathSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join, normalize, sep } from "node:path";
import { isAllowedHost } from "./allowed-host.js";
import { contentTypeOf } from "./content-types.js";

// The page bundles the libraries and loads nothing from elsewhere: the policy makes that a rule.
// frame-ancestors 'none' (and X-Frame-Options for old browsers) keeps other sites from framing it.
const securityHeaders = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** Limits of the server; the defaults suit a page served to one local browser. */
export interface StaticServerLimits {
  /** Time to receive a request's headers, idle connections included (ms). */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request (ms). */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept after a response (ms). */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at most; more are refused at once. */
  readonly maxConnections: number;
}

/** The documented defaults (README, serve --help). */
export const defaultServerLimits: StaticServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
};

export interface StaticServerOptions {
  readonly limits?: Partial<StaticServerLimits>;
  /** A host name the server was asked to listen on, accepted in `Host` besides the loopback names. */
  readonly listenHost?: string;
}

/**
 * A static file server for the built page: GET and HEAD only, no directory listings, only
 * files whose real path (symlinks resolved) lies under the root, only requests whose `Host` is
 * a loopback name with our port (DNS rebinding), bounded connections and timeouts.
 */
export function createStaticServer(root: string, options: StaticServerOptions = {}): Server {
  const limits = { ...defaultServerLimits, ...options.limits };
  const base = normalize(root + sep);
  const realBase = normalize(realpathSync(root) + sep);
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often the timeouts above are checked.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (request, response) => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : undefined;
      if (!request.headers.host) return send(response, 400, "missing Host header");
      if (port === undefined || !isAllowedHost(request.headers.host, port, options.listenHost)) {
        return send(response, 421, "misdirected request: this server answers only to its loopback address");
      }
      serveFile(base, realBase, request, response).catch(() => {
        if (!response.headersSent) send(response, 500, "internal error");
        else response.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  return server;
}

async function serveFile(
  base: string,
  realBase: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return send(response, 405, "method not allowed");
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    return send(response, 400, "bad request");
  }
  if (pathname.includes("\0")) return send(response, 400, "bad request");
  const relative = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
  const file = normalize(join(base, relative));
  // normalize() resolves "..": anything outside the root is refused, not served.
  if (!file.startsWith(base)) return send(response, 403, "forbidden");
  // A symlink inside the root may point anywhere: serve only what really lies under the root.
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined || !real.startsWith(realBase)) return send(response, 404, "not found");
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return send(response, 404, "not found");
  response.writeHead(200, {
    ...securityHeaders,
    "Content-Type": contentTypeOf(file),
    "Content-Length": info.size,
    // Vite puts a content hash in asset names, so they can be cached for good; HTML cannot.
    "Cache-Control": relative.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (request.method === "HEAD") return void response.end();
  createReadStream(real).pipe(response);
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { ...securityHeaders, "Content-Type": "text/plain; charset=utf-8" });
  response.end(`${status} ${message}\n`);
}
