import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join, normalize, sep } from "node:path";
import { contentTypeOf } from "./content-types.js";

// The page bundles the libraries and loads nothing from elsewhere: the policy makes that a rule.
const securityHeaders = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** A static file server for the built page (GET and HEAD only, no directory listings). */
export function createStaticServer(root: string): Server {
  const base = normalize(root + sep);
  return createServer((request, response) => {
    serveFile(base, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "internal error");
      else response.destroy();
    });
  });
}

async function serveFile(base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
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
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(response, 404, "not found");
  response.writeHead(200, {
    ...securityHeaders,
    "Content-Type": contentTypeOf(file),
    "Content-Length": info.size,
    // Vite puts a content hash in asset names, so they can be cached for good; HTML cannot.
    "Cache-Control": relative.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (request.method === "HEAD") return void response.end();
  createReadStream(file).pipe(response);
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { ...securityHeaders, "Content-Type": "text/plain; charset=utf-8" });
  response.end(`${status} ${message}\n`);
}
