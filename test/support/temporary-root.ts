// Vitest's global setup: one folder for all the temporary folders of a test run (see
// temporaryFolder in build.ts), removed when the run ends. Runs used to leave thousands of
// folders behind in /tmp.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The environment variable that tells test processes where this run's folder is. */
export const RUN_FOLDER = "TRANSLATED_NEWS_TEST_RUN";

export default function makeRunFolder(): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "translated-news-tests-"));
  // Test processes start after this and inherit it.
  process.env[RUN_FOLDER] = folder;
  return () => fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
}
