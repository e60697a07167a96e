// Caddy (Debian's caddy package) serving a built site on loopback, configured with the sample
// from docs/hosting.md, as nginx is (./nginx.ts). The guide gives a sample for the root of a
// domain only; under a sub-path it says in words what to change.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, temporaryFolder } from "./build.ts";
import { freePort, installedServer, startServer, stop } from "./server-process.ts";
import type { StaticServer } from "./static-server.ts";

const DOCS = path.join(PROJECT_ROOT, "docs", "hosting.md");

export function caddyPath(): string {
  return installedServer("Caddy", "caddy", [process.env.CADDY_PATH, "/usr/bin/caddy"]);
}

/** The caddy sample of docs/hosting.md, serving `folder` on a loopback port over plain HTTP. */
export function caddySiteFor(folder: string, port: number): string {
  const blocks = [...fs.readFileSync(DOCS, "utf8").matchAll(/```caddy\n([\s\S]*?)```/g)];
  if (blocks.length !== 1) {
    throw new Error(`docs/hosting.md should hold 1 caddy sample, found ${blocks.length}`);
  }
  const sample = blocks[0]?.[1] ?? "";
  for (const expected of ["news.example.org {", "root * /var/www/news/_site"]) {
    if (!sample.includes(expected)) throw new Error(`the caddy sample has no "${expected}"`);
  }
  return sample
    .replace("news.example.org {", `http://127.0.0.1:${port} {`)
    .replace("root * /var/www/news/_site", `root * ${folder}`);
}

export async function serveWithCaddy(folder: string, base = "/"): Promise<StaticServer> {
  if (base !== "/") throw new Error("docs/hosting.md has a Caddy sample for the root only");
  const caddy = caddyPath();
  const work = temporaryFolder("caddy");
  const port = await freePort();
  const config = path.join(work, "Caddyfile");
  const errorLog = path.join(work, "error.log");
  // No admin endpoint (two test files may run Caddy at once) and no certificates to manage.
  const global = ["{", "admin off", "log {", `output file ${errorLog}`, "}", "}"].join("\n");
  fs.writeFileSync(config, `${global}\n${caddySiteFor(folder, port)}`);
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
