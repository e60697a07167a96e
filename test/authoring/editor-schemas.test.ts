import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import formats from "ajv-formats";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { EDITOR_SCHEMA_DIR, editorSchemas } from "../../src/authoring/editor-schemas.ts";
import { parseFrontMatter } from "../../src/content/front-matter.ts";
import { markdownFiles } from "../../src/content/load.ts";
import { FIXTURES, PROJECT_ROOT } from "../support/build.ts";

const generated = editorSchemas();

function frontMatterOf(file: string): unknown {
  const parsed = parseFrontMatter(fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.file.data;
}

describe("editor schemas", () => {
  it("are committed exactly as generated from the zod schemas (run npm run schemas)", () => {
    for (const [file, text] of Object.entries(generated)) {
      expect(fs.readFileSync(path.join(PROJECT_ROOT, EDITOR_SCHEMA_DIR, file), "utf8")).toBe(text);
    }
  });

  const ajv = new Ajv({ allErrors: true });
  // ajv-formats is CommonJS: its function is the default export.
  formats.default(ajv);
  const validateArticle = ajv.compile(JSON.parse(generated["article.schema.json"] ?? "{}"));

  it("accept the front matter of every sample article", () => {
    const files = markdownFiles(path.join(PROJECT_ROOT, "content", "articles"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect({
        file,
        valid: validateArticle(frontMatterOf(file)),
        errors: validateArticle.errors,
      }).toMatchObject({
        valid: true,
      });
    }
  });

  it("reject the bad fixtures' front matter", () => {
    for (const name of ["bad-date.md", "bad-source.md"]) {
      const file =
        markdownFiles(path.join(FIXTURES, "bad", "articles")).find((f) => f.endsWith(name)) ?? "";
      expect(validateArticle(frontMatterOf(file))).toBe(false);
    }
    expect(
      validateArticle({
        title: "x",
        date: "19/11/2025",
        source: "A",
        translator: "B",
        keywords: ["c"],
      }),
    ).toBe(false);
  });

  it("check site settings too", () => {
    const validateSettings = ajv.compile(JSON.parse(generated["site.schema.json"] ?? "{}"));
    expect(validateSettings({ name: "Site", perPage: 10 })).toBe(true);
    expect(validateSettings({ name: "Site", perPag: 10 })).toBe(false);
  });

  it("check the sample keyword and outlet lists, and reject a misspelt field in them", () => {
    for (const name of ["keywords", "outlets"]) {
      const validate = ajv.compile(JSON.parse(generated[`${name}.schema.json`] ?? "{}"));
      const list = yaml.load(
        fs.readFileSync(path.join(PROJECT_ROOT, "content", `${name}.yaml`), "utf8"),
        {
          schema: yaml.CORE_SCHEMA,
        },
      );
      expect({ name, valid: validate(list), errors: validate.errors }).toMatchObject({
        valid: true,
      });
      expect(validate({ Aleppo: { descripton: "x" } })).toBe(false);
    }
  });
});
