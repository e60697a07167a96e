// JSON Schemas for editors, generated from the zod schemas (never written twice): VS Code
// completes and checks site.yaml, keywords.yaml and outlets.yaml with them, and article front
// matter through remark.
import { z } from "zod";
import { articleSchema } from "../article/schema.ts";
import { keywordDetailsShape } from "../registries/keywords.ts";
import { outletDetailsShape } from "../registries/outlets.ts";
import { registryFileSchema } from "../registries/registry.ts";
import { siteSettingsSchema } from "../settings.ts";

/** Where the generated files live, relative to the project root. */
export const EDITOR_SCHEMA_DIR = ".vscode/schemas";

function jsonSchemaOf(schema: z.ZodType, title: string): object {
  return {
    title,
    // What an author may write (before defaults and transforms), in the draft editors support.
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-07" }),
  };
}

/** File name → schema, each as the text written to disk. */
export function editorSchemas(): Record<string, string> {
  const schemas = {
    "article.schema.json": jsonSchemaOf(
      articleSchema,
      "Front matter of an article in content/articles/",
    ),
    "site.schema.json": jsonSchemaOf(siteSettingsSchema, "Site settings in content/site.yaml"),
    "keywords.schema.json": jsonSchemaOf(
      registryFileSchema(keywordDetailsShape),
      "The keyword list in content/keywords.yaml",
    ),
    "outlets.schema.json": jsonSchemaOf(
      registryFileSchema(outletDetailsShape),
      "The outlet list in content/outlets.yaml",
    ),
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, schema]) => [file, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}
