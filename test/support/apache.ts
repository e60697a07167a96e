// Apache (Debian's apache2 package) serving a built site on loopback, configured with the sample
// from docs/hosting.md, as nginx is (./nginx.ts). The sample goes in the site folder's
// <Directory> block, as the guide allows in place of an .htaccess file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  documentedSamples,
  freePort,
  installedServer,
  startServer,
  stop,
} from "./server-process.ts";
import type { StaticServer } from "./static-server.ts";

const MODULES = "/usr/lib/apache2/modules";

export function apachePath(): string {
  return installedServer("Apache", "apache2", [
    process.env.APACHE_PATH,
    "/usr/sbin/apache2",
    "/usr/sbin/httpd",
  ]);
}

/** The apache sample of docs/hosting.md, for a site served at `base`. */
export function apacheSampleFor(base: string): string {
  const [sample = ""] = documentedSamples("apache", 1);
  if (base === "/") return sample;
  // The sample says how, in a comment: the 404 page under the sub-path.
  const subPath = /^# Under a sub-path: (ErrorDocument 404 )\/news\/404\.html$/m;
  if (!subPath.test(sample)) throw new Error("the apache sample has no line for a sub-path");
  return sample
    .replace(/^ErrorDocument 404 \/404\.html$/m, "")
    .replace(subPath, `$1${base}404.html`);
}

export async function serveWithApache(folder: string, base = "/"): Promise<StaticServer> {
  const apache = apachePath();
  // Run as root, Apache serves as www-data: the site is copied where that user can read it.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "apache-"));
  fs.chmodSync(work, 0o755);
  const site = path.join(work, "site");
  fs.cpSync(folder, site, { recursive: true });
  const empty = path.join(work, "empty");
  fs.mkdirSync(empty);
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const config = path.join(work, "apache.conf");
  const modules = ["mpm_event", "authz_core", "mime", "dir", "alias", "headers", "filter"];
  fs.writeFileSync(
    config,
    [
      ...[...modules, "deflate"].map(
        (name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`,
      ),
      `Listen 127.0.0.1:${port}`,
      "ServerName 127.0.0.1",
      `PidFile ${path.join(work, "apache.pid")}`,
      `DefaultRuntimeDir ${work}`,
      `ErrorLog ${path.join(work, "error.log")}`,
      "LogLevel warn",
      "TypesConfig /etc/mime.types",
      ...(root ? ["User www-data", "Group www-data"] : []),
      `DocumentRoot ${base === "/" ? site : empty}`,
      ...(base === "/" ? [] : [`Alias ${base.slice(0, -1)} ${site}`]),
      "<Directory />",
      "Require all denied",
      "AllowOverride None",
      "</Directory>",
      `<Directory ${empty}>`,
      "Require all granted",
      "</Directory>",
      `<Directory ${site}>`,
      "Require all granted",
      apacheSampleFor(base),
      "</Directory>",
    ].join("\n"),
  );
  // One process in the foreground (-X): nothing to clean up but this child.
  const errorLog = path.join(work, "error.log");
  const child = await startServer("Apache", apache, ["-X", "-f", config], port, errorLog);
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: async () => {
      await stop(child);
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
