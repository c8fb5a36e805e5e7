import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request as httpRequest, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer } from "./static-server.js";

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "csto-static-"));
  root = join(dir, "web");
  await mkdir(join(root, "assets"), { recursive: true });
  await writeFile(join(root, "index.html"), "<!doctype html><title>ok</title>");
  await writeFile(join(root, "assets", "app-abc.js"), "console.log(1)");
  await writeFile(join(root, "assets", "app-abc.css"), "body{}");
  await writeFile(join(dir, "secret.txt"), "do not serve");
  await symlink(join(dir, "secret.txt"), join(root, "linked-secret.txt"));
  await symlink(dir, join(root, "linked-dir"));
  await symlink(join(root, "assets", "app-abc.js"), join(root, "inside-link.js"));
  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(join(root, ".."), { recursive: true, force: true });
});

describe("createStaticServer", () => {
  it.each([
    ["/", "text/html; charset=utf-8", "no-cache"],
    ["/assets/app-abc.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/assets/app-abc.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"],
  ])("serves %s as %s", async (path, type, cache) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("cache-control")).toBe(cache);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("answers 404 for missing files and refuses to leave the root", async () => {
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    // The URL parser already folds "/%2e%2e/"; an encoded slash survives it and must be caught.
    expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/..%2fsecret.txt`)).status).toBe(403);
    expect((await fetch(`${base}/assets/%00`)).status).toBe(400);
  });

  it("allows only GET and HEAD", async () => {
    const response = await fetch(`${base}/`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(`${base}/`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("refuses symlinks that lead out of the root, follows those that stay inside", async () => {
    expect((await fetch(`${base}/linked-secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/linked-dir/secret.txt`)).status).toBe(404);
    const inside = await fetch(`${base}/inside-link.js`);
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe("console.log(1)");
  });

  it("forbids framing by any site", async () => {
    const response = await fetch(`${base}/`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers only to loopback Host names with its port (421 otherwise, 400 without)", async () => {
    const port = (server.address() as AddressInfo).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await rawGet(port, host)).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, "localhost", `localhost:${port + 1}`, `127.0.0.1.nip.io:${port}`]) {
      expect((await rawGet(port, host)).status, host).toBe(421);
    }
    expect((await rawGet(port, undefined)).status).toBe(400);
  });

  it("serves a normal request while 200 idle connections are held", async () => {
    const port = (server.address() as AddressInfo).port;
    const idle: Socket[] = await Promise.all(
      Array.from(
        { length: 200 },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const socket = connect(port, "127.0.0.1", () => resolve(socket));
            socket.on("error", reject);
          }),
      ),
    );
    try {
      const started = performance.now();
      const response = await fetch(`${base}/`);
      expect(response.status).toBe(200);
      await response.text();
      // A correctness bound, not a benchmark: a server starved by idle sockets would hang.
      expect(performance.now() - started).toBeLessThan(1000);
      expect(idle.every((socket) => !socket.destroyed)).toBe(true);
    } finally {
      for (const socket of idle) socket.destroy();
    }
  });

  it("closes connections that send nothing, and refuses connections beyond the cap", async () => {
    const small = createStaticServer(root, { limits: { headersTimeoutMs: 300, maxConnections: 3 } });
    await new Promise<void>((resolve) => small.listen(0, "127.0.0.1", resolve));
    const port = (small.address() as AddressInfo).port;
    try {
      // resume(): a socket whose data is never read never sees the server's FIN.
      const closedAt = (socket: Socket) =>
        new Promise<number>((resolve) => socket.resume().on("close", () => resolve(Date.now())));
      const held = Array.from({ length: 3 }, () => connect(port, "127.0.0.1"));
      const heldClosed = Promise.all(held.map(closedAt));
      await Promise.all(held.map((socket) => new Promise((resolve) => socket.on("connect", resolve))));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const extra = connect(port, "127.0.0.1");
      extra.on("error", () => {});
      const extraClosed = await closedAt(extra); // over the cap: dropped at once
      const idleClosed = await heldClosed; // idle: dropped after the headers timeout
      expect(Math.min(...idleClosed)).toBeGreaterThanOrEqual(extraClosed);
    } finally {
      await new Promise((resolve) => small.close(resolve));
    }
  });
});

/** A GET of "/" with a chosen Host header (fetch cannot set Host). */
function rawGet(port: number, host: string | undefined): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, host: "127.0.0.1", path: "/", setHost: false, agent: false }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0 });
    });
    if (host !== undefined) request.setHeader("Host", host);
    request.on("error", reject);
    request.end();
  });
}
