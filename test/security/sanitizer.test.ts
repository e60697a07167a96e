// The allowlist on its own; the browser tests (hostile-site.test.ts) check the same corpus in a
// real Chromium.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "../../src/security/sanitizer.ts";

/** Every element and attribute of sanitized HTML, as "tag" and "tag@attribute=value". */
function inventory(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.body.querySelectorAll("*")].flatMap((element) => [
    element.localName,
    ...[...element.attributes].map((a) => `${element.localName}@${a.name}=${a.value}`),
  ]);
}

describe("sanitizeHtml", () => {
  it("keeps the markup an article needs", () => {
    const html =
      '<figure><img src="/photo.jpg" alt="A bakery" width="600" height="400"><figcaption>Bakery <abbr title="Syrian pound">SYP</abbr></figcaption></figure>' +
      '<blockquote cite="https://example.org/"><p lang="ar" dir="rtl">نص</p></blockquote>' +
      '<table><caption>Prices</caption><tr><th scope="col" class="align-right">Bread</th></tr></table>' +
      '<p><a href="https://example.org/" title="Source">link</a> <sup id="fn1">1</sup> <bdi>حلب</bdi></p>';
    expect(sanitizeHtml(html)).toBe(
      html.replace("<tr>", "<tbody><tr>").replace("</tr>", "</tr></tbody>"),
    );
  });

  it("removes scripts, handlers, styles, forms and hidden data, keeping the text", () => {
    const out = sanitizeHtml(
      '<script>alert(1)</script><p onclick="alert(2)" style="color:red" class="visually-hidden" data-pagefind-meta="title:x">Text</p>' +
        '<style>p{}</style><form action="/x"><input autofocus onfocus="alert(3)"><button>Go</button></form>' +
        '<object data="x"></object><embed src="x"><base href="/"><meta http-equiv="refresh" content="0">',
    );
    expect(inventory(out)).toEqual(["p"]);
    expect(out).toBe("<p>Text</p>Go");
  });

  it("drops links and sources that would run code, keeping the link text", () => {
    const out = sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href="JAVASCRIPT:alert(1)">b</a><a href="java&#x09;script:alert(1)">c</a>' +
        '<a href="data:text/html,x">d</a><img src="javascript:alert(1)"><a href="https://ok.example/" target="_blank">e</a>',
    );
    expect(inventory(out)).toEqual(["a", "a", "a", "a", "img", "a", "a@href=https://ok.example/"]);
  });

  it("keeps a video player from an allowed host, sandboxed, and drops every other frame", () => {
    const out = sanitizeHtml(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen srcdoc="<script>alert(1)</script>" onload="alert(1)"></iframe>' +
        '<iframe src="https://evil.example/">fallback</iframe><iframe src="http://www.youtube.com/embed/abc"></iframe><iframe src="javascript:alert(1)"></iframe>',
    );
    expect(inventory(out)).toEqual([
      "iframe",
      "iframe@src=https://www.youtube-nocookie.com/embed/abc",
      "iframe@allowfullscreen=",
      "iframe@sandbox=allow-scripts allow-same-origin allow-presentation allow-popups",
      "iframe@referrerpolicy=strict-origin-when-cross-origin",
      "iframe@loading=lazy",
      "iframe@title=Embedded video",
    ]);
  });

  it("is not fooled by markup that parses differently in foreign content (mutation XSS)", () => {
    for (const attack of [
      "<svg><textarea><img src=x onerror=alert(1)></textarea></svg>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
      '<!--<img src="--><img src=x onerror=alert(1)//">',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      "<template><script>alert(1)</script></template>",
      "<xmp><script>alert(1)</script></xmp>",
    ]) {
      const out = sanitizeHtml(attack);
      const names = inventory(out).join(" ");
      expect(names, attack).not.toMatch(/@on|script|svg|math|style|javascript/i);
    }
  });
});
