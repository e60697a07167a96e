// The git pre-commit hook `npm run hooks` installs: checks the content files a commit touches,
// so a broken article never reaches main. Skipped for one commit with `git commit --no-verify`.

export const PRE_COMMIT_MARK = "translated-news content check";

export const PRE_COMMIT_HOOK = `#!/bin/sh
# ${PRE_COMMIT_MARK} (installed by npm run hooks)
# NUL-separated names: file names with spaces stay whole.
git diff --cached --name-only -z --diff-filter=ACMR -- 'content/*.md' 'content/**/*.md' 'content/*.yaml' |
  xargs -0 -r node scripts/run-bundled.mjs scripts/check.ts --only
`;
