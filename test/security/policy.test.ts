import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  scriptHash,
} from "../../src/security/policy.ts";
import { PROJECT_ROOT } from "../support/build.ts";

const directives = (policy: string) =>
  new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...values] = directive.split(" ");
      return [name, values];
    }),
  );

describe("the Content Security Policy", () => {
  it("runs only the site's own scripts and WebAssembly, never inline code or eval", () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it("allows an inline script only by the hash of its exact text", () => {
    const policy = directives(contentSecurityPolicy(["console.log(1)"]));
    expect(policy.get("script-src")).toContain(scriptHash("console.log(1)"));
    expect(scriptHash("console.log(1)")).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(scriptHash("console.log(2)")).not.toBe(scriptHash("console.log(1)"));
  });

  it("keeps frame-ancestors for the header, where browsers obey it (a meta tag cannot set it)", () => {
    expect(directives(contentSecurityPolicy()).has("frame-ancestors")).toBe(false);
    expect(directives(contentSecurityPolicyHeader()).get("frame-ancestors")).toEqual(["'self'"]);
  });

  it("is the policy every sample configuration in docs/hosting.md sends", () => {
    const docs = fs.readFileSync(path.join(PROJECT_ROOT, "docs", "hosting.md"), "utf8");
    const lines = docs
      .split("\n")
      .filter((line) => /Content-Security-Policy\b.*default-src/.test(line));
    // The header list, nginx (root, sub-path, its assets), Apache, Caddy (root, sub-path), Netlify.
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line).toContain(contentSecurityPolicyHeader());
  });
});
