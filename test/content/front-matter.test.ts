import { describe, expect, it } from "vitest";
import { decodeText, parseFrontMatter } from "../../src/content/front-matter.ts";

describe("parseFrontMatter", () => {
  it("returns fields, body and the line of each field", () => {
    const result = parseFrontMatter("---\ntitle: Hello\ndate: 2025-11-19\n---\nBody text\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.data).toEqual({ title: "Hello", date: "2025-11-19" });
    expect(result.file.fieldLines.get("date")).toBe(3);
    expect(result.file.body.trim()).toBe("Body text");
    expect(result.file.bodyLine).toBe(5);
  });

  it("leaves dates as the text the author wrote", () => {
    const result = parseFrontMatter("---\ndate: 2025-13-45\n---\nx");
    expect(result.ok && result.file.data.date).toBe("2025-13-45");
  });

  it("names the line of a YAML syntax error", () => {
    const result = parseFrontMatter('---\ntitle: ok\nsummary: "open\ndate: 2025-11-19\n---\nx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/not valid YAML/);
    expect(result.line).toBeGreaterThanOrEqual(3);
  });

  it("reports an empty file, a missing fence and an unclosed one", () => {
    expect(parseFrontMatter("  \n")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
    expect(parseFrontMatter("title: x\n")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/three dashes/),
    });
    expect(parseFrontMatter("---\ntitle: x\n")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/never closed/),
    });
  });

  it("reports a duplicated field with its line", () => {
    const result = parseFrontMatter("---\ntitle: a\ntitle: b\n---\nx");
    expect(result).toMatchObject({ ok: false, line: 3 });
  });
});

describe("decodeText", () => {
  it("refuses bytes that are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toBeUndefined();
  });

  it("drops a BOM, normalises line ends and composes characters (NFC)", () => {
    const bytes = new TextEncoder().encode("\uFEFFe\u0301\r\nx");
    expect(decodeText(bytes)).toBe("\u00e9\nx");
  });
});
