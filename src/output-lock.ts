// Builds into one output folder take turns. A server that builds on every push can start a second
// build while the first runs; without turns, the one that ended last was published, and that
// could be the one that had read the older content. With turns, a build reads the content only
// once the one before it has published.
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";

/** How often a waiting build looks whether its turn has come. */
const POLL_MS = 200;

/**
 * Waits until no other running build holds the output folder, then holds it until `release` is
 * called. `waiting` is told once, with the other build's process id, when this one has to wait.
 * A lock left by a build that was killed is taken over.
 */
export async function takeOutputTurn(
  output: string,
  waiting: (holder: number) => void = () => {},
): Promise<{ release: () => Promise<void> }> {
  const lock = `${output}.lock`;
  await fs.mkdir(path.dirname(output), { recursive: true });
  const mine = holderOf(process.pid);
  let told = false;
  for (;;) {
    if (await createLock(lock, mine)) {
      return { release: () => fs.rm(lock, { force: true }) };
    }
    const held = await fs.readFile(lock, "utf8").catch(() => undefined);
    if (held === undefined) continue; // released meanwhile
    const holder = Number.parseInt(held, 10);
    if (held !== mine && held === holderOf(holder)) {
      if (!told) waiting(holder);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    // Its build was killed, or the machine restarted (or this process left it): take it over.
    // Two builds that find the same abandoned lock in the same instant may both run, as every
    // build did before there were turns.
    await fs.rm(lock, { force: true });
  }
}

/**
 * Creates the lock with its holder, or returns false when it exists. Written aside and linked into
 * place, so a build reading it never sees it half written.
 */
async function createLock(lock: string, holder: string): Promise<boolean> {
  const aside = `${lock}.${process.pid}-${threadId}`;
  await fs.writeFile(aside, holder);
  try {
    await fs.link(aside, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await fs.rm(aside, { force: true });
  }
}

/**
 * A running process as a lock names it: its id and, where Linux says, when it started, so that
 * another process given the same id later (after a restart, or once ids wrap round) is not taken
 * for it. Empty when no such process runs.
 */
function holderOf(pid: number): string {
  if (!Number.isSafeInteger(pid) || pid <= 0 || !isRunning(pid)) return "";
  try {
    // Field 22 of /proc/PID/stat, counted after the command name, which is in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return `${pid} ${stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]}`;
  } catch {
    return String(pid);
  }
}

/** Whether a process with this id runs on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
