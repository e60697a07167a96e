// Splits a Markdown file into its YAML front matter and its body, with author-readable errors.
import yaml from "js-yaml";

export interface MarkdownFile {
  /** The front matter as YAML gave it: not yet validated. */
  data: Record<string, unknown>;
  /** The Markdown after the closing --- line. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level field, for pointing authors at it. */
  fieldLines: ReadonlyMap<string, number>;
}

export type FrontMatterResult =
  | { ok: true; file: MarkdownFile }
  | { ok: false; line?: number; message: string };

const FENCE = /^---[ \t]*$/;
const TOP_LEVEL_FIELD = /^([^\s#:'"-][^:]*?)[ \t]*:(\s|$)/;

/** Text of a file as authors save it: UTF-8, without BOM, NFC-normalised. */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return cleanText(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

// Control characters have no place in an article and are not allowed in XML feeds; Word pastes
// U+000B for a line break. Each becomes a space (tab and newline stay).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** One form for every text the site reads: no BOM, \n line ends, no control characters, NFC. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_CHARACTERS, " ")
    .normalize("NFC");
}

/** The 1-based line of the first bytes that are not UTF-8, for pointing the author at them. */
export function lineOfBadEncoding(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    // A newline byte never occurs inside a UTF-8 character, so lines can be checked one by one.
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

/**
 * Reads front matter with YAML's core schema: dates stay as the text the author wrote
 * (checked later), and "yes"/"no" stay text as in YAML 1.2.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  if (text.trim() === "") {
    return {
      ok: false,
      line: 1,
      message: "the file is empty: it needs front matter between two --- lines, then the text",
    };
  }
  // The front matter's lines only: the body is taken whole, not split into lines and joined.
  const lines: string[] = [];
  let bodyStart = -1;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    const line = text.slice(start, stop);
    start = stop + 1;
    if (lines.length === 0 && !FENCE.test(line)) {
      return {
        ok: false,
        line: 1,
        message: "must start with a line of three dashes (---), then the fields, then another ---",
      };
    }
    if (lines.length > 0 && FENCE.test(line)) {
      bodyStart = start;
      break;
    }
    lines.push(line);
  }
  if (bodyStart === -1) {
    return {
      ok: false,
      line: 1,
      message:
        "the front matter is never closed: add a line of three dashes (---) after the last field",
    };
  }
  const closing = lines.length;

  const yamlText = lines.slice(1, closing).join("\n");
  let data: unknown;
  try {
    data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return {
        ok: false,
        line: error.mark ? error.mark.line + 2 : undefined,
        message: `the front matter is not valid YAML (${error.reason}). Write each field as "name: value"; put text that contains ": " or starts with a quote, [ or { inside double quotes`,
      };
    }
    throw error;
  }
  if (data === undefined || data === null) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      line: 2,
      message: 'the front matter must be fields written as "name: value", one per line',
    };
  }

  const fieldLines = new Map<string, number>();
  for (let index = 1; index < closing; index++) {
    const match = TOP_LEVEL_FIELD.exec(lines[index] ?? "");
    if (match?.[1] && !fieldLines.has(match[1])) fieldLines.set(match[1], index + 1);
  }
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      body: text.slice(bodyStart),
      bodyLine: closing + 2,
      fieldLines,
    },
  };
}
