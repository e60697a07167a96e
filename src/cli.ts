// What every command-line entry point shares: problem reports for authors, exit codes, and no
// stack trace unless asked for with --debug.
import { DateTime } from "luxon";
import { type ContentProblem, formatProblem } from "./content/problems.ts";

/** "1 article", "2 articles" */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function reportProblems(problems: readonly ContentProblem[]): void {
  if (problems.length === 0) return;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const files = new Set(problems.map((problem) => problem.file)).size;
  for (const problem of problems) console.error(formatProblem(problem));
  const warnings = problems.length - errors;
  console.error(
    `\n${count(errors, "error")}${warnings ? ` and ${count(warnings, "warning")}` : ""} in ${count(files, "file")}.`,
  );
}

/** Runs a command's body and exits with its code; unexpected failures print one line. */
export async function runCommand(body: () => Promise<number>): Promise<never> {
  try {
    process.exit(await body());
  } catch (error) {
    if (process.argv.includes("--debug")) console.error(error);
    else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`The build failed: ${message}\n(Run again with --debug to see where.)`);
    }
    process.exit(1);
  }
}

/**
 * --now: the moment a build treats as now (articles dated later wait), for reproducible builds
 * and for previewing a date. Undefined when not given; a message when not a date.
 */
export function parseNow(value: string | undefined): Date | undefined | { error: string } {
  if (value === undefined) return undefined;
  const moment = DateTime.fromISO(value, { setZone: true });
  if (!moment.isValid) {
    return { error: `--now must be a date like 2025-11-20T09:00:00+03:00, got "${value}"` };
  }
  return moment.toJSDate();
}
