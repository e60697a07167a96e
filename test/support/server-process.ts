// A web server (nginx, Apache, Caddy) run by a test as a child process on a loopback port, with
// the configuration samples docs/hosting.md gives hosts.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT } from "./build.ts";

/** The `language` samples of docs/hosting.md, in their order there; `count` of them, or an error. */
export function documentedSamples(language: string, count: number): string[] {
  const docs = fs.readFileSync(path.join(PROJECT_ROOT, "docs", "hosting.md"), "utf8");
  const fence = new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, "g");
  const samples = [...docs.matchAll(fence)].map((match) => match[1] ?? "");
  if (samples.length !== count) {
    throw new Error(
      `docs/hosting.md should hold ${count} ${language} samples, found ${samples.length}`,
    );
  }
  return samples;
}

/** The first of `candidates` that exists; a message saying how to install it if none does. */
export function installedServer(
  name: string,
  debianPackage: string,
  candidates: (string | undefined)[],
): string {
  const found = candidates.find((file) => file && fs.existsSync(file));
  if (!found) {
    throw new Error(
      `${name} is not installed: the hosting tests need it. Run .ci/run, or: apt-get install ${debianPackage}`,
    );
  }
  return found;
}

/**
 * Starts a server that stays in the foreground and waits until it answers on `port`; if it does
 * not, the error holds what it printed and its error log.
 */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  port: number,
  errorLog: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const child = spawn(command, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...env },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  await waitForPort(name, port, child, () => stderr + readIfExists(errorLog));
  return child;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(
  server: string,
  port: number,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${server} did not start:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop(child);
  throw new Error(`${server} did not answer on port ${port} within 10 s:\n${log()}`);
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function readIfExists(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}
