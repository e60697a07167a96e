// npm run hooks: installs a git pre-commit hook that checks the articles being committed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PRE_COMMIT_HOOK, PRE_COMMIT_MARK } from "../src/authoring/pre-commit.ts";
import { runCommand } from "../src/cli.ts";

await runCommand(async () => {
  const hooks = execFileSync("git", ["rev-parse", "--git-path", "hooks"], {
    encoding: "utf8",
  }).trim();
  const hook = path.join(hooks, "pre-commit");
  if (fs.existsSync(hook) && !fs.readFileSync(hook, "utf8").includes(PRE_COMMIT_MARK)) {
    console.error(
      `${hook} already exists and is not ours: add this line to it instead:\n  npm run --silent check -- --only $(git diff --cached --name-only --diff-filter=ACMR -- content)`,
    );
    return 1;
  }
  fs.mkdirSync(hooks, { recursive: true });
  fs.writeFileSync(hook, PRE_COMMIT_HOOK, { mode: 0o755 });
  console.log(`Installed ${hook}: every commit now checks the content files it changes.`);
  return 0;
});
