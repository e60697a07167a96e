// The search page in the reader's browser: reads ?q= from the address, asks the Pagefind index,
// shows results, and keeps the address in step so a search can be shared or bookmarked.
// Loaded only by /search/; every other page stays script-free.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch(
    query: string,
    options?: object,
    wait?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;

// The index sits beside this script's folder at any base path: /news/assets/x.js → /news/pagefind/.
const siteRoot = new URL("../", import.meta.url);
let pagefindLoading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= import(
    /* @vite-ignore */ new URL("pagefind/pagefind.js", siteRoot).href
  ).then(async (pagefind: Pagefind) => {
    await pagefind.options({ baseUrl: siteRoot.pathname, excerptLength: 30 });
    return pagefind;
  });
  return pagefindLoading;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element("li", { class: "search-result" });
  const heading = element("h2", { class: "search-result__headline" });
  heading.append(element("a", { href: data.url }, data.meta.title ?? data.url));
  item.append(heading);
  const meta = element("p", { class: "search-result__meta" });
  if (data.meta.date) {
    // The date as the article page shows it, in the site's time zone.
    meta.append(
      element("time", { datetime: data.meta.date }, data.meta.published ?? data.meta.date),
    );
  }
  if (data.meta.outlet) {
    if (meta.childNodes.length) meta.append(" · ");
    meta.append(element("bdi", {}, data.meta.outlet));
  }
  item.append(meta);
  const excerpt = element("p", { class: "search-result__excerpt" });
  // Pagefind's excerpt is escaped page text with <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

async function start(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>("[data-search-query]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  if (!input || !status || !list) return;

  let shown = 0;
  let results: PagefindResult[] = [];
  const more = element("button", { type: "button", class: "search-more" }, "Show more results");
  more.hidden = true;
  list.after(more);

  async function showNext(): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const rendered = await Promise.all(batch.map((result) => result.data()));
    list?.append(...rendered.map(renderResult));
    more.hidden = shown >= results.length;
  }

  async function run(query: string, fromTyping: boolean): Promise<void> {
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query.trim()) {
      list?.replaceChildren();
      if (status) status.textContent = "";
      more.hidden = true;
      return;
    }
    const pagefind = await loadPagefind();
    const search = fromTyping
      ? await pagefind.debouncedSearch(query, {}, 250)
      : await pagefind.search(query);
    if (search === null) return; // a newer keystroke replaced this search
    results = search.results;
    shown = 0;
    list?.replaceChildren();
    if (status) {
      status.textContent =
        results.length === 0
          ? `No articles match “${query}”. Try fewer or different words.`
          : `${results.length} ${results.length === 1 ? "article matches" : "articles match"} “${query}”.`;
    }
    await showNext();
  }

  more.addEventListener("click", () => void showNext());
  input.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value, false);
  });
  input.addEventListener("input", () => void run(input.value, true));

  const query = new URLSearchParams(location.search).get("q") ?? "";
  input.value = query;
  if (query) await run(query, false);
}

void start();
