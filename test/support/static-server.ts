// A static file server on loopback for browser tests, optionally under a sub-path (/news/),
// answering like a plain static host: index.html for folders, 404.html with status 404.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/news/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve file.gz in place of file when the browser accepts gzip, as static hosts do. */
  gzip?: boolean;
}

export async function serveFolder(
  folder: string,
  base = "/",
  options: ServeOptions = {},
): Promise<StaticServer> {
  const files = sirv(folder, { dev: true, etag: false, gzip: options.gzip ?? false });
  const notFound = fs.existsSync(path.join(folder, "404.html"))
    ? fs.readFileSync(path.join(folder, "404.html"))
    : Buffer.from("Not found");
  const server = http.createServer((request, response) => {
    const url = request.url ?? "/";
    const sendNotFound = () => {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      response.end(notFound);
    };
    if (!url.startsWith(base)) return sendNotFound();
    request.url = `/${url.slice(base.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
