// npm test: the tests under test/, with one temporary folder per run (removed at the end).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  root,
  test: { globalSetup: [path.join(root, "test", "support", "temporary-root.ts")] },
});
