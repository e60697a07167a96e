// Every field an author or a site owner can write is documented in README.md.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_FIELDS,
  correctionSchema,
  IMAGE_FIELDS,
  SOURCE_FIELDS,
} from "../src/article/schema.ts";
import { pageSchema } from "../src/page/page.ts";
import { keywordDetailsShape } from "../src/registries/keywords.ts";
import { outletDetailsShape } from "../src/registries/outlets.ts";
import { registryEntryFields } from "../src/registries/registry.ts";
import { siteSettingsSchema } from "../src/settings.ts";
import { PROJECT_ROOT } from "./support/build.ts";

const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");

describe("README.md", () => {
  it("has a row for every article field and every site setting", () => {
    for (const field of [...ARTICLE_FIELDS, ...Object.keys(siteSettingsSchema.shape)]) {
      expect(readme, field).toContain(`| \`${field}\` |`);
    }
  });

  it("names every field of the source, the image, a correction, a page and the outlet and keyword lists", () => {
    for (const field of [
      ...SOURCE_FIELDS,
      ...IMAGE_FIELDS,
      ...Object.keys(correctionSchema.shape),
      ...Object.keys(pageSchema.shape),
      ...Object.keys(outletDetailsShape),
      ...Object.keys(keywordDetailsShape),
      ...Object.keys(registryEntryFields),
    ]) {
      expect(readme, field).toMatch(new RegExp(`\`(- )?${field}:?\``));
    }
  });
});
