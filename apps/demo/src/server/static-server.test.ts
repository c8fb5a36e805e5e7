import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
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
});
