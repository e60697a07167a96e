// npm run schemas: writes the editor JSON Schemas generated from the zod schemas.
import fs from "node:fs";
import path from "node:path";
import { EDITOR_SCHEMA_DIR, editorSchemas } from "../src/authoring/editor-schemas.ts";
import { runCommand } from "../src/cli.ts";

await runCommand(async () => {
  fs.mkdirSync(EDITOR_SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(editorSchemas())) {
    fs.writeFileSync(path.join(EDITOR_SCHEMA_DIR, file), text);
    console.log(`Wrote ${path.join(EDITOR_SCHEMA_DIR, file)}`);
  }
  return 0;
});
