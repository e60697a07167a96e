// Validates one parsed file against a schema and words every issue for its author.
import yaml from "js-yaml";
import { z } from "zod";
import type { MarkdownFile } from "./front-matter.ts";
import { type ContentProblem, problemsFromIssues } from "./problems.ts";

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/**
 * @param nested object schemas found under a top-level field (e.g. source: its details), so
 *   unknown fields inside them get a "did you mean" too.
 */
export function validateFields<S extends ObjectSchema>(
  schema: S,
  parsed: Pick<MarkdownFile, "data" | "fieldLines">,
  file: string,
  nested: Record<string, ObjectSchema> = {},
): Validation<z.output<S>> {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: problemsFromIssues(result.error.issues, {
      file,
      lineOf: (field) => parsed.fieldLines.get(field),
      knownFieldsAt: (path) => {
        const inner =
          path.length === 1 && typeof path[0] === "string" ? nested[path[0]] : undefined;
        return Object.keys((path.length === 0 ? schema : inner)?.shape ?? {});
      },
      exampleOf: (field) => {
        // "image.alt": the example of alt in the image details, written as its own line.
        const [top, inner] = field.split(".");
        const nestedSchema = top && inner ? nested[top] : undefined;
        return nestedSchema && inner
          ? exampleLine(nestedSchema, inner)
          : exampleLine(schema, field);
      },
      valueAt: (path) =>
        path.reduce<unknown>(
          (value, key) =>
            value !== null && typeof value === "object"
              ? (value as Record<PropertyKey, unknown>)[key]
              : undefined,
          parsed.data,
        ),
    }),
  };
}

/** `title: Three killed in a night raid on Marat`, from the field's registered example. */
export function exampleLine(schema: ObjectSchema, field: string): string | undefined {
  const fieldSchema = schema.shape[field];
  const example = fieldSchema ? z.globalRegistry.get(fieldSchema)?.examples : undefined;
  const first = Array.isArray(example) ? example[0] : undefined;
  if (first === undefined) return undefined;
  return yaml
    .dump({ [field]: first }, { flowLevel: 1, lineWidth: -1, schema: yaml.CORE_SCHEMA })
    .trim();
}
