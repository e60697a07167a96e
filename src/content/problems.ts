// Problems found in content, worded for authors: which file, which line, which field, what to do.
import path from "node:path";
import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";

export interface ContentProblem {
  /** Path as the author knows it, e.g. content/articles/2025/raid.md */
  file: string;
  line?: number;
  /** Dotted field path, e.g. "source.url" or "keywords[2]" */
  field?: string;
  /** Reads after the field name: 'must be a date like 2025-11-19, got "2025-13-45"' */
  message: string;
  severity: "error" | "warning";
}

/** `content/articles/2025/x.md:3: "date" must be a date like 2025-11-19, got "2025-13-45"` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `"${problem.field}" ` : "";
  const label = problem.severity === "warning" ? "warning: " : "";
  return `${where}: ${label}${field}${problem.message}`;
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** Sorted by file, line and field, so the report reads top to bottom like the files. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file, "en") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? "").localeCompare(b.field ?? "", "en", { numeric: true }),
  );
}

/** The known name an unknown one was probably meant to be, if any is close enough. */
export function didYouMean(unknown: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = unknown.toLowerCase();
  const match = closest(lower, [...known]);
  const allowed = Math.max(1, Math.min(3, Math.floor(match.length / 3)));
  return distance(lower, match) <= allowed ? match : undefined;
}

/** Where a top-level field sits in the file, and what fields each object may hold. */
export interface FieldContext {
  file: string;
  lineOf: (field: string) => number | undefined;
  knownFieldsAt: (path: readonly PropertyKey[]) => readonly string[];
  exampleOf: (field: string) => string | undefined;
  /** The value the author wrote at a path, for issues that do not carry it. */
  valueAt: (path: readonly PropertyKey[]) => unknown;
}

/** Turns a schema's issues into problems an author can act on. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  context: FieldContext,
  prefix: readonly PropertyKey[] = [],
): ContentProblem[] {
  return issues.flatMap((issue) => problemsFromIssue(issue, context, [...prefix, ...issue.path]));
}

function problemsFromIssue(
  issue: z.core.$ZodIssue,
  context: FieldContext,
  path: readonly PropertyKey[],
): ContentProblem[] {
  const top = typeof path[0] === "string" ? path[0] : undefined;
  const at = (field: string | undefined, message: string): ContentProblem => ({
    file: context.file,
    line: top ? context.lineOf(top) : undefined,
    field,
    message,
    severity: "error",
  });

  if (issue.code === "unrecognized_keys") {
    const known = context.knownFieldsAt(path);
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known);
      const fieldPath = fieldName([...path, key]);
      const line = path.length === 0 ? context.lineOf(key) : top ? context.lineOf(top) : undefined;
      return {
        file: context.file,
        line,
        field: undefined,
        message: hint
          ? `"${fieldPath}" is not a field; did you mean "${fieldName([...path, hint])}"?`
          : `"${fieldPath}" is not a field; the fields here are: ${known.join(", ")}`,
        severity: "error",
      };
    });
  }

  // A union (name or details, text or false) failed: when the value has the shape of one of
  // its branches, that branch's complaint is the useful one.
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const matching = issue.errors.find(
      (branch) => branch.length > 0 && !branch.some((inner) => isWrongTypeAtRoot(inner)),
    );
    if (matching) return problemsFromIssues(matching, context, path);
  }

  const field = fieldName(path);
  const missing =
    "input" in issue ? issue.input === undefined : context.valueAt(path) === undefined;
  if (missing && (issue.code === "invalid_type" || issue.code === "invalid_union")) {
    const example = context.exampleOf(field);
    return [at(field, `is missing${example ? `: add a line like  ${example}` : ""}`)];
  }
  const got = "input" in issue ? describeValue(issue.input) : "";
  return [at(field, `${issue.message}${got ? `, got ${got}` : ""}`)];
}

function isWrongTypeAtRoot(issue: z.core.$ZodIssue): boolean {
  return (
    issue.path.length === 0 &&
    (issue.code === "invalid_type" ||
      issue.code === "invalid_union" ||
      issue.code === "invalid_value")
  );
}

/** source.url, keywords[2] */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index ? "." : ""}${String(part)}`,
    )
    .join("");
}

function describeValue(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "nothing (an empty value)";
  if (Array.isArray(value)) return value.length > 1 ? `a list of ${value.length}` : "a list";
  if (typeof value === "object") return "a group of fields";
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/** Paths relative to the working folder when inside it, as authors see them in their editor. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
