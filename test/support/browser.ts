// A real headless Chromium for browser tests: Debian's /usr/bin/chromium when installed (or
// CHROMIUM_PATH), else the one shipped by @sparticuz/chromium from npm.
import fs from "node:fs";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";

// Flags that would weaken what the tests check (security) or break a second page in one browser.
const UNWANTED = new Set([
  "--single-process",
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
]);

export async function launchBrowser(): Promise<Browser> {
  const system = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(system)) {
    return chromium.launch({
      executablePath: system,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  }
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args.filter((flag) => !UNWANTED.has(flag)),
  });
}
