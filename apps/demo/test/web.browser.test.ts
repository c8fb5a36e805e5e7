import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, cliCommand } from "./run-cli.js";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);
const inCi = process.env.CI === "true" || process.env.CI === "1";
const timeout = 120_000;

if (!hasChromium && !inCi) {
  console.warn(
    `\n!!! SKIPPING the browser test: no Chromium at ${chromiumPath}.\n!!! Install it (apt-get install chromium) or set CHROMIUM_PATH; in CI (CI=true) this test fails instead.\n`,
  );
}

describe("browser prerequisites", () => {
  it.runIf(inCi)("finds Chromium in CI", () => {
    expect(hasChromium, `no Chromium at ${chromiumPath}: the browser test cannot run`).toBe(true);
  });
});

// An article the sample does not contain, pasted the way a user would.
const pasted = [
  "مينسك – اختتمت في العاصمة البيلاروسية أمس الخميس قمة منظمة معاهدة الأمن الجماعي برئاسة ألكسندر لوكاشينكو،",
  "بمشاركة فلاديمير بوتين وقاسم جومارت توكاييف، فيما غابت أرمينيا. وتتسلم كازاخستان الرئاسة مطلع العام المقبل.",
].join("\n");

describe.skipIf(!hasChromium)("web page in Chromium", () => {
  let workDir: string;
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let baseUrl: string;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "csto-demo-web-"));
    const outDir = join(workDir, "web");
    // npm test runs before the build: build the page here, from sources, into a temp dir.
    await build({
      configFile: join(appDir, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    server = spawn(process.execPath, [...cliCommand, "serve", "--port", "0", "--root", outDir], {
      cwd: appDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    baseUrl = await listeningUrl(server);
    context = await chromium.launchPersistentContext(join(workDir, "profile"), {
      executablePath: chromiumPath,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
      viewport: { width: 1280, height: 900 },
      locale: "ar",
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (request) => {
      if (!request.url().startsWith(baseUrl)) foreignRequests.push(request.url());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(baseUrl);
  }, timeout);

  afterAll(async () => {
    await context?.close();
    server?.kill("SIGTERM");
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("loads RTL with a sample article already analysed", { timeout }, async () => {
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    await page.waitForSelector("mark[data-kind='date']");
    expect(await page.locator("#sample-select option").count()).toBeGreaterThanOrEqual(7);
  });

  it("highlights dates and entities of a pasted article and finds its session", { timeout }, async () => {
    await page.selectOption("#sample-select", "");
    await page.fill("#article-input", pasted);
    await page.fill("#published", "2023-11-24");
    await page.click("#analyze-button");
    await page.waitForSelector("#session-card[data-session-id='session:2023-11-23-minsk']");

    const dateValues = await page
      .locator("#article-output mark[data-kind='date']")
      .evaluateAll((marks) => marks.map((mark) => [mark.textContent, (mark as HTMLElement).dataset.value]));
    expect(dateValues).toContainEqual(["أمس الخميس", "2023-11-23"]);
    const entityIds = await page
      .locator("#article-output mark[data-kind='entity']")
      .evaluateAll((marks) => marks.map((mark) => (mark as HTMLElement).dataset.id));
    expect(entityIds).toEqual(
      expect.arrayContaining(["city:minsk", "org:csto", "person:lukashenko", "person:putin", "state:ARM"]),
    );
    // The marks cover exactly the pasted text: nothing added, nothing lost.
    expect(await page.locator("#article-output .article-text").textContent()).toBe(pasted);
    await expect.poll(() => page.locator("#session-card").textContent()).toContain("مينسك");
    expect(await page.locator("#answers-card").textContent()).toContain("بيلاروسيا");
  });

  it("shows the value card on hover and on keyboard focus", { timeout }, async () => {
    await page.hover("#article-output mark[data-kind='date']:has-text('أمس الخميس')");
    await expect.poll(() => page.locator("#value-card").isVisible()).toBe(true);
    expect(await page.locator("#value-card").textContent()).toContain("2023-11-23");

    await page.mouse.move(0, 0);
    await page.focus("#article-input");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { tag: element?.tagName, kind: element?.dataset.kind, id: element?.dataset.id };
    });
    expect(focused.tag).toBe("MARK");
    await expect.poll(() => page.locator("#value-card").isVisible()).toBe(true);
    if (focused.kind === "entity") {
      expect(await page.locator("#value-card").textContent()).toContain(focused.id ?? "?");
    }
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#value-card").isVisible()).toBe(false);
  });

  it("re-analyses with Ctrl+Enter and draws the timeline chart", { timeout }, async () => {
    await page.fill("#published", "2023-11-23");
    await page.focus("#article-input");
    await page.keyboard.press("Control+Enter");
    await expect
      .poll(() =>
        page.locator("#article-output mark[data-kind='date']:has-text('أمس الخميس')").getAttribute("data-value"),
      )
      .toBe("2023-11-22");
    expect(await page.locator(".timeline-chart .band").count()).toBeGreaterThan(10);
    expect(await page.locator(".timeline-chart circle.highlighted").count()).toBe(1);
  });

  it("loads nothing from the network, raises no errors, and gets a screenshot", { timeout }, async () => {
    await page.selectOption("#sample-select", "2025-11-28-bishkek-summit");
    await page.waitForSelector("#session-card[data-session-id='session:2025-11-27-bishkek']");
    await page.hover("#article-output mark[data-kind='entity'][data-id='person:japarov']");
    await expect.poll(() => page.locator("#value-card").isVisible()).toBe(true);
    const outputDir = join(appDir, "test-output");
    await mkdir(outputDir, { recursive: true });
    const screenshot = join(outputDir, "web-page.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    // UPDATE_SCREENSHOT=1 refreshes the copy committed for the README.
    if (process.env.UPDATE_SCREENSHOT === "1") await copyFile(screenshot, join(appDir, "docs", "screenshot.png"));
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Resolves with the URL from the server's `Listening on …` line. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    let errors = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${errors}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${errors}`)));
  });
}
