// nginx (Debian's package) serving a built site on loopback, configured with the samples from
// docs/hosting.md: what we tell hosts to run is what the tests run. Started per test file with
// a generated configuration in a temporary folder; never a system service.
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

/** The site folder and sub-path the samples in docs/hosting.md are written for. */
const SAMPLE_ROOT = "/var/www/news/_site";
const SAMPLE_BASE = "/news/";

export function nginxPath(): string {
  return installedServer("nginx", "nginx", [
    process.env.NGINX_PATH,
    "/usr/sbin/nginx",
    "/usr/bin/nginx",
  ]);
}

/** The `server { … }` blocks of docs/hosting.md: [at the root, under a sub-path]. */
export function documentedNginxServers(): [string, string] {
  return documentedSamples("nginx", 2) as [string, string];
}

/** The documented server block for `base`, made to listen on `port` and serve `folder`. */
export function nginxServerFor(folder: string, base: string, port: number): string {
  const [atRoot, underSubPath] = documentedNginxServers();
  let server = base === "/" ? atRoot : underSubPath;
  const replace = (from: RegExp, to: string) => {
    if (server.search(from) === -1)
      throw new Error(`the nginx sample in docs/hosting.md has no ${from}`);
    server = server.replace(from, to);
  };
  replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  replace(new RegExp(SAMPLE_ROOT, "g"), folder);
  if (base !== "/") {
    replace(new RegExp(SAMPLE_BASE, "g"), base);
    replace(new RegExp(`${SAMPLE_BASE.slice(0, -1)} `, "g"), `${base.slice(0, -1)} `);
  }
  return server;
}

export async function serveWithNginx(folder: string, base = "/"): Promise<StaticServer> {
  const nginx = nginxPath();
  const work = temporaryFolder("nginx");
  const port = await freePort();
  const config = path.join(work, "nginx.conf");
  const temp = (name: string) => `${name}_temp_path ${path.join(work, name)};`;
  fs.writeFileSync(
    config,
    [
      // One foreground process as the current user: nothing to clean up but this child, and it
      // reads the test's private temporary folders.
      "daemon off;",
      "master_process off;",
      `pid ${path.join(work, "nginx.pid")};`,
      `error_log ${path.join(work, "error.log")} warn;`,
      "events { worker_connections 64; }",
      "http {",
      "include /etc/nginx/mime.types;",
      "default_type application/octet-stream;",
      "access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp),
      nginxServerFor(folder, base, port),
      "}",
    ].join("\n"),
  );
  const errorLog = path.join(work, "error.log");
  const args = ["-p", work, "-c", config, "-e", errorLog];
  const child = await startServer("nginx", nginx, args, port, errorLog);
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => stop(child),
  };
}
