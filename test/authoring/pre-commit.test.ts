import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT, temporaryFolder } from "../support/build.ts";

const GOOD =
  "---\ntitle: Water cuts\ndate: 2025-11-19\nsource: Enab Baladi\ntranslator: Lina Haddad\nkeywords: [Water]\n---\nBody.\n";

/** A throwaway git repository that borrows the project's code, as an author's clone would hold it. */
function authorRepository(): string {
  const repo = temporaryFolder("hook-repo");
  for (const name of ["node_modules", "scripts", "src", "package.json", "tsconfig.json"]) {
    fs.symlinkSync(path.join(PROJECT_ROOT, name), path.join(repo, name));
  }
  fs.mkdirSync(path.join(repo, "content", "articles"), { recursive: true });
  const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, encoding: "utf8" });
  git("init", "-q");
  git("config", "user.email", "author@example.org");
  git("config", "user.name", "Author");
  return repo;
}

describe("the pre-commit hook", () => {
  it("lets good articles through and stops a commit with a bad one, naming the file", () => {
    const repo = authorRepository();
    const inRepo = (command: string, ...args: string[]) =>
      spawnSync(command, args, { cwd: repo, encoding: "utf8" });
    const install = inRepo(
      path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
      "scripts/install-hooks.ts",
    );
    expect(install.status).toBe(0);
    expect(fs.statSync(path.join(repo, ".git", "hooks", "pre-commit")).mode & 0o111).not.toBe(0);

    fs.writeFileSync(path.join(repo, "content", "articles", "water cuts.md"), GOOD);
    inRepo("git", "add", "content");
    expect(inRepo("git", "commit", "-qm", "good").status).toBe(0);

    fs.writeFileSync(
      path.join(repo, "content", "articles", "bad.md"),
      GOOD.replace("2025-11-19", "2025-13-45"),
    );
    inRepo("git", "add", "content");
    const bad = inRepo("git", "commit", "-qm", "bad");
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('content/articles/bad.md:3: "date" must be a date');
    expect(inRepo("git", "log", "--format=%s").stdout.trim()).toBe("good");
  }, 60_000);
});
