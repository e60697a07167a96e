// Runs a command and measures what it cost the machine: wall time, the peak memory of the whole
// process tree (the command and every process it starts, such as Pagefind's indexer), and the
// CPU time of that tree. Linux only: it reads /proc while the command runs.
import { spawn } from "node:child_process";
import fs from "node:fs";

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time from start to exit. */
  seconds: number;
  /** The largest sum of resident memory of the tree seen at any sample, in bytes. */
  peakRss: number;
  /** User plus system time of the command and the processes it waited for, in seconds. */
  cpuSeconds: number;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How often the tree is sampled; a short peak between samples can be missed. */
  intervalMs?: number;
  /** Print the command's output as it runs, besides collecting it. */
  echo?: boolean;
}

const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

/** The process and its descendants, read from /proc/PID/task/TID/children. */
function treeOf(pid: number): number[] {
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    tree.push(current);
    let tasks: string[];
    try {
      tasks = fs.readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${current}/task/${task}/children`, "utf8");
        for (const child of children.split(" ")) if (child.trim()) queue.push(Number(child));
      } catch {
        // The task ended while we read.
      }
    }
  }
  return tree;
}

/** Resident bytes of one process; 0 once it is gone. */
function rssOf(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** CPU time of this process's children that have ended and been waited for, in clock ticks. */
function childrenTicks(): number {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name (which may hold spaces) start at state: cutime is the 14th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[13]) + Number(fields[14]);
}

export function measureCommand(
  command: string,
  args: readonly string[],
  options: MeasureOptions = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const ticksBefore = childrenTicks();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    let peakRss = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      let rss = 0;
      for (const pid of treeOf(child.pid)) rss += rssOf(pid);
      peakRss = Math.max(peakRss, rss);
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({
        code,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakRss,
        cpuSeconds: (childrenTicks() - ticksBefore) / CLOCK_TICKS,
      });
    });
  });
}

/** The machine's load average over the last minute, five and fifteen minutes. */
export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = fs.readFileSync("/proc/loadavg", "utf8").split(" ").map(Number);
  return [one ?? 0, five ?? 0, fifteen ?? 0];
}
