import { describe, expect, it } from "vitest";
import { isSafeLink } from "../../src/security/links.ts";

describe("isSafeLink", () => {
  it("accepts http(s), mailto and addresses on the site", () => {
    for (const address of [
      "https://example.org/a?b=c#d",
      "http://example.org",
      "HTTPS://EXAMPLE.ORG/",
      "mailto:desk@example.org",
      "/about/",
      "#notes",
      "../photo.jpg",
      "photo.jpg",
      "?q=1",
      "//cdn.example.org/x.png",
      "2025/11/raid/",
    ]) {
      expect(isSafeLink(address), address).toBe(true);
    }
  });

  it("refuses every other scheme, however it is disguised", () => {
    for (const address of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0000javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:image/png;base64,AAAA",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "tel:+963111",
      "x-custom+scheme.1:whatever",
    ]) {
      expect(isSafeLink(address), JSON.stringify(address)).toBe(false);
    }
  });
});
