import { describe, expect, it } from "vitest";
import { jsonForScript } from "../../src/metadata/structured-data.ts";

describe("jsonForScript", () => {
  it("writes JSON that no text can close the script element with, and that parses back", () => {
    const value = {
      headline: "</script><script>alert(1)</script> <!-- & -->",
      note: "line\u2028separator",
    };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});
