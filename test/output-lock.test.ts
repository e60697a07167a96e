import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { takeOutputTurn } from "../src/output-lock.ts";
import { temporaryFolder } from "./support/build.ts";

/** When Linux says a process started, as /proc/PID/stat gives it (field 22). */
function startOf(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] as string;
}

describe("builds of one output folder take turns", () => {
  it("holds a lock beside the output while it builds, and removes it when released", async () => {
    const output = path.join(temporaryFolder("turn"), "deeper", "_site");
    const turn = await takeOutputTurn(output);
    expect(fs.readdirSync(path.dirname(output))).toEqual(["_site.lock"]);
    expect(fs.readFileSync(`${output}.lock`, "utf8")).toBe(
      `${process.pid} ${startOf(process.pid)}`,
    );
    await turn.release();
    expect(fs.readdirSync(path.dirname(output))).toEqual([]);
  });

  it("waits for a running build, and goes on once it has ended", async () => {
    const output = path.join(temporaryFolder("turn-wait"), "_site");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    const pid = other.pid as number;
    try {
      fs.writeFileSync(`${output}.lock`, `${pid} ${startOf(pid)}`);
      const told: number[] = [];
      let taken = false;
      const turn = takeOutputTurn(output, (holder) => told.push(holder)).then((held) => {
        taken = true;
        return held;
      });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(taken).toBe(false);
      expect(told).toEqual([pid]);

      const ended = new Promise((resolve) => other.once("exit", resolve));
      other.kill("SIGKILL");
      await ended;
      await (await turn).release();
      expect(told).toEqual([pid]);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over a lock whose build was killed, or whose process id another process now has", async () => {
    const ended = spawnSync("true").pid as number;
    // The parent runs, but it started at another time than the lock says: an id used again.
    const reused = `${process.ppid} ${Number(startOf(process.ppid)) + 1}`;
    for (const abandoned of [`${ended} 12345`, String(ended), reused]) {
      const output = path.join(temporaryFolder("turn-abandoned"), "_site");
      fs.writeFileSync(`${output}.lock`, abandoned);
      const told: number[] = [];
      const turn = await takeOutputTurn(output, (holder) => told.push(holder));
      expect(told, abandoned).toEqual([]);
      expect(fs.readFileSync(`${output}.lock`, "utf8")).toMatch(new RegExp(`^${process.pid} `));
      await turn.release();
    }
  });
});
