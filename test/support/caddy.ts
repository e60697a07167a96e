// Caddy (Debian's caddy package) serving a built site on loopback, configured with the sample
// from docs/hosting.md, as nginx is (./nginx.ts).
import fs from "node:fs";
import path from "node:path";
import { temporaryFolder } from "./build.ts";
import {
  documentedSamples,
  freePort,
  installedServer,
  startServer,
  stop,
} from "./server-process.ts";
import type { StaticServer } from "./static-server.ts";

export function caddyPath(): string {
  return installedServer("Caddy", "caddy", [process.env.CADDY_PATH, "/usr/bin/caddy"]);
}

/** The caddy sample of docs/hosting.md for `base`, serving `folder` on a loopback port over HTTP. */
export function caddySiteFor(folder: string, base: string, port: number): string {
  const [atRoot = "", underSubPath = ""] = documentedSamples("caddy", 2);
  let site = base === "/" ? atRoot : underSubPath;
  for (const expected of ["news.example.org {", "root * /var/www/news/_site"]) {
    if (!site.includes(expected)) throw new Error(`the caddy sample has no "${expected}"`);
  }
  site = site
    .replace("news.example.org {", `http://127.0.0.1:${port} {`)
    .replaceAll("root * /var/www/news/_site", `root * ${folder}`);
  return base === "/" ? site : site.replace(/\/news\b/g, base.slice(0, -1));
}

export async function serveWithCaddy(folder: string, base = "/"): Promise<StaticServer> {
  const caddy = caddyPath();
  const work = temporaryFolder("caddy");
  const port = await freePort();
  const config = path.join(work, "Caddyfile");
  const errorLog = path.join(work, "error.log");
  // No admin endpoint (two test files may run Caddy at once) and no certificates to manage.
  const global = ["{", "admin off", "log {", `output file ${errorLog}`, "}", "}"].join("\n");
  fs.writeFileSync(config, `${global}\n${caddySiteFor(folder, base, port)}`);
  const child = await startServer(
    "Caddy",
    caddy,
    ["run", "--config", config, "--adapter", "caddyfile"],
    port,
    errorLog,
    { HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work },
  );
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => stop(child),
  };
}
