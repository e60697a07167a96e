// The commands as authors and CI run them: separate processes, exit codes, what they print.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT, temporaryFolder } from "./support/build.ts";

/** A command started as package.json starts it: plain Node, from its bundle. */
function run(script: "build.ts" | "check.ts", args: string[]) {
  const start = path.join(PROJECT_ROOT, "scripts", "run-bundled.mjs");
  const result = spawnSync(
    process.execPath,
    [start, path.join(PROJECT_ROOT, "scripts", script), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes, to compare a folder before and after. */
function snapshot(folder: string): Map<string, string> {
  const files = fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
  return new Map(
    files
      .filter((file) => fs.statSync(path.join(folder, file)).isFile())
      .map((file) => [file, fs.readFileSync(path.join(folder, file)).toString("base64")]),
  );
}

describe("npm run build", () => {
  it("builds a content folder, then refuses bad content without touching the published site", () => {
    const output = path.join(temporaryFolder("cli-build"), "public");
    const good = run("build.ts", ["--content", path.join(FIXTURES, "basic"), "--output", output]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/Built 4 articles/);
    const before = snapshot(output);
    expect(before.size).toBeGreaterThan(10);

    const bad = run("build.ts", ["--content", path.join(FIXTURES, "bad"), "--output", output]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'test/fixtures/sites/bad/articles/2025/bad-date.md:3: "date" must be a date like 2025-11-19 or 2025-11-19T14:30:00+03:00, got "2025-13-45"',
    );
    expect(bad.stderr).toMatch(/bad-yaml\.md:\d+: the front matter is not valid YAML/);
    expect(bad.stderr).toMatch(/empty\.md:1: the file is empty/);
    expect(bad.stderr).toMatch(/errors in 4 files/);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(output)).toEqual(before);
    expect(fs.readdirSync(path.dirname(output))).toEqual(["public"]); // no staging folder left behind
  }, 60_000);
});

describe("npm run build when the output folder is wrong or something unexpected fails", () => {
  it("says what to do without a stack trace, and shows one with --debug", () => {
    const root = temporaryFolder("cli-output");
    fs.writeFileSync(path.join(root, "notes.txt"), "not a site");
    const basic = path.join(FIXTURES, "basic");
    const refused = run("build.ts", ["--content", basic, "--output", root]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^Nothing was built: the output folder .* holds files that are not a built site \(it has no index\.html\), and the build would replace them: choose an empty or new folder, such as _site\.\n$/,
    );
    expect(fs.readdirSync(root)).toEqual(["notes.txt"]);

    const badAddress = run("build.ts", ["--content", basic, "--output", root, "--url", "site"]);
    expect(badAddress.code).toBe(1);
    expect(badAddress.stderr).toBe(
      '--url must be the site\'s address, like https://example.org/, got "site"\n',
    );

    // A folder inside a file cannot be made: an error no author could cause, so no hint.
    const impossible = path.join(root, "notes.txt", "site");
    const failed = run("build.ts", ["--content", basic, "--output", impossible]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /^The build failed: E[A-Z]+: .*\n\(Run again with --debug to see where\.\)\n$/,
    );
    const debug = run("build.ts", ["--content", basic, "--output", impossible, "--debug"]);
    expect(debug.code).toBe(1);
    // Where in our sources, not in the bundle the build ran from.
    expect(debug.stderr).toMatch(/\n\s+at .*\/src\/build\.ts:\d+/);
  }, 60_000);
});

describe("npm run check", () => {
  it("passes good content and fails bad content with every problem", () => {
    const good = run("check.ts", ["--content", path.join(FIXTURES, "basic")]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/Checked 4 articles and 1 page/);
    const bad = run("check.ts", ["--content", path.join(FIXTURES, "bad")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/"transaltor" is not a field; did you mean "translator"\?/);
  }, 30_000);
});
