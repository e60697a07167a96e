import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import { sharedByPages } from "../src/page-data.ts";
import { temporaryFolder } from "./support/build.ts";

describe("sharedByPages", () => {
  it("hands over a plain object as a frozen copy, leaving the original as it was", () => {
    const settings = { name: "Levant Review", navigation: [{ url: "/about/" }] };
    const shared = sharedByPages(settings);
    expect(shared).toEqual(settings);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(settings)).toBe(false);
    expect(shared.navigation).toBe(settings.navigation);
  });

  it("leaves lists, maps, class instances and plain values alone", () => {
    const values = [[1, 2], new Map([["a", 1]]), new URL("https://example.org/"), "text", 3];
    for (const value of values) expect(sharedByPages(value)).toBe(value);
  });

  it("is one object in every page's data, where Eleventy copies an ordinary one per page", async () => {
    const input = temporaryFolder("page-data");
    for (const name of ["one", "two"]) {
      fs.writeFileSync(path.join(input, `${name}.njk`), "{{ shared | sameAs(original) }}");
    }
    const render = async (shared: object) => {
      const eleventy = new Eleventy(input, path.join(input, "_site"), {
        quietMode: true,
        configPath: false as unknown as string,
        config: (config: {
          addGlobalData(name: string, value: () => unknown): void;
          addFilter(name: string, filter: (a: unknown, b: unknown) => string): void;
        }) => {
          config.addGlobalData("shared", () => shared);
          config.addGlobalData("original", () => ({ is: shared }));
          config.addFilter("sameAs", (value, original) =>
            String(value === (original as { is: unknown }).is),
          );
        },
      });
      const written = (await eleventy.toJSON()) as unknown as { content: string }[];
      return written.map((page) => page.content.trim());
    };
    const settings = { name: "Levant Review", outlets: { count: 5 } };
    expect(await render(sharedByPages(settings))).toEqual(["true", "true"]);
    expect(await render({ ...settings })).toEqual(["false", "false"]);
  });
});
