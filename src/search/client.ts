// The search page in the reader's browser. The page's form holds the whole search (words, order,
// filters); this script runs it against the Pagefind index and keeps the address in step, so a
// search can be shared, bookmarked and walked back with the back button.
// Loaded only by /search/; every other page stays script-free.

import { readableDay, readableMoment } from "../readable-date.ts";

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
/** Counts of results per value, filter by filter. */
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(query: string): Promise<void>;
  filters(): Promise<Counts>;
  search(query: string | null, options: object): Promise<PagefindSearch>;
}

/** What the reader asked for: exactly what the address says. */
interface Query {
  q: string;
  newest: boolean;
  /** Chosen values by filter name; within a filter any value may match. */
  chosen: Map<string, Set<string>>;
}

const PAGE_SIZE = 10;
/** Values a long filter shows before "Show all". */
const SHORT_LIST = 8;
const TYPING_PAUSE = 250;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

// The index sits beside the script's folder at any base path: /news/assets/x.js → /news/pagefind/.
const siteRoot = new URL("../", import.meta.url);
let pagefindLoading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= import(new URL("pagefind/pagefind.js", siteRoot).href).then(
    async (pagefind: Pagefind) => {
      // On the main thread: one file less to download, and searching a few thousand pages
      // takes milliseconds.
      await pagefind.options({
        baseUrl: siteRoot.pathname,
        excerptLength: 30,
        excerptEllipsis: "…",
        noWorker: true,
      });
      await pagefind.init();
      return pagefind;
    },
  );
  return pagefindLoading;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Dates as the article pages show them (src/dates.ts): "10 November 2025", or
 * "19 November 2025, 14:30 GMT+3" in the site's time zone. The index holds them in ISO 8601's
 * basic format (src/search/record.ts).
 */
function readableDate(basic: string, timeZone: string): { iso: string; text: string } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})Z)?$/.exec(basic);
  if (!m) return undefined;
  const [, year, month, day, hour, minute] = m;
  if (hour === undefined) {
    return {
      iso: `${year}-${month}-${day}`,
      text: readableDay(Number(year), Number(month), Number(day)),
    };
  }
  const moment = new Date(`${year}-${month}-${day}T${hour}:${minute}:00Z`);
  return {
    iso: moment.toISOString().replace(".000", ""),
    text: readableMoment(moment.getTime(), timeZone),
  };
}

function start(page: HTMLElement): void {
  const form = page.querySelector<HTMLFormElement>("[data-search-form]");
  const input = page.querySelector<HTMLInputElement>("[data-search-query]");
  const sort = page.querySelector<HTMLSelectElement>("[data-search-sort]");
  const filtersBox = page.querySelector<HTMLDetailsElement>("[data-search-filters]");
  const clear = page.querySelector<HTMLButtonElement>("[data-search-clear]");
  const noFilters = page.querySelector<HTMLElement>("[data-search-no-filters]");
  const status = page.querySelector<HTMLElement>("[data-search-status]");
  const empty = page.querySelector<HTMLElement>("[data-search-empty]");
  const list = page.querySelector<HTMLOListElement>("[data-search-results]");
  const more = page.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!form || !input || !sort || !filtersBox || !clear || !status || !empty || !list || !more)
    return;
  const timeZone = page.dataset.timeZone || "UTC";
  // The filters start folded unless the address chose some (see showCounts).
  filtersBox.hidden = false;
  const fieldsets = [...page.querySelectorAll<HTMLFieldSetElement>("[data-filter]")];
  const filterNames = fieldsets.map((fieldset) => fieldset.dataset.filter ?? "");
  /** Filters whose whole list the reader opened. */
  const expanded = new Set<string>();

  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  function queryFromAddress(): Query {
    const params = new URLSearchParams(location.search);
    const chosen = new Map<string, Set<string>>();
    for (const name of filterNames) {
      const values = params.getAll(name).filter(Boolean);
      if (values.length) chosen.set(name, new Set(values));
    }
    return { q: params.get("q") ?? "", newest: params.get("sort") === "newest", chosen };
  }

  function queryFromForm(): Query {
    const chosen = new Map<string, Set<string>>();
    for (const box of filtersBox?.querySelectorAll<HTMLInputElement>("input:checked") ?? []) {
      const values = chosen.get(box.name) ?? new Set<string>();
      values.add(box.value);
      chosen.set(box.name, values);
    }
    // Values chosen in the address but not shown (a long list, folded) stay chosen.
    for (const [name, values] of current.chosen) {
      for (const value of values) {
        const box = filtersBox?.querySelector<HTMLInputElement>(
          `input[name="${name}"][value="${CSS.escape(value)}"]`,
        );
        if (!box) chosen.set(name, (chosen.get(name) ?? new Set()).add(value));
      }
    }
    return { q: input?.value ?? "", newest: sort?.value === "newest", chosen };
  }

  function addressOf(query: Query): string {
    const params = new URLSearchParams();
    if (query.q.trim()) params.set("q", query.q);
    if (query.newest) params.set("sort", "newest");
    for (const name of filterNames) {
      for (const value of [...(query.chosen.get(name) ?? [])].sort()) params.append(name, value);
    }
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}`;
  }

  /** Writes the query into the address: a new history entry, or in place while typing. */
  function remember(query: Query, how: "push" | "replace"): void {
    const address = addressOf(query);
    if (address === `${location.pathname}${location.search}`) return;
    if (how === "push") history.pushState({ shown: 0 }, "", address);
    else history.replaceState({ shown: 0 }, "", address);
  }

  function pagefindFilters(chosen: Map<string, Set<string>>, except?: string): object {
    const filters: Record<string, { any: string[] }> = {};
    for (const [name, values] of chosen) {
      if (name !== except && values.size) filters[name] = { any: [...values] };
    }
    return filters;
  }

  function hasFilters(query: Query): boolean {
    return [...query.chosen.values()].some((values) => values.size > 0);
  }

  function renderFilters(counts: Counts, query: Query, keep?: string): void {
    let any = false;
    for (const fieldset of fieldsets) {
      const name = fieldset.dataset.filter ?? "";
      const chosen = query.chosen.get(name) ?? new Set<string>();
      const ofFilter = counts[name] ?? {};
      const values = Object.keys(ofFilter).filter((value) => ofFilter[value] || chosen.has(value));
      for (const value of chosen) if (!(value in ofFilter)) values.push(value);
      fieldset.hidden = values.length === 0;
      if (values.length) any = true;
      // The filter the reader just changed keeps its order and focus; only counts move.
      if (name === keep) {
        for (const count of fieldset.querySelectorAll<HTMLElement>("[data-count]")) {
          count.textContent = String(ofFilter[count.dataset.count ?? ""] ?? 0);
        }
        continue;
      }
      values.sort((a, b) =>
        name === "year"
          ? b.localeCompare(a)
          : (ofFilter[b] ?? 0) - (ofFilter[a] ?? 0) || a.localeCompare(b, "en"),
      );
      const long = values.length > SHORT_LIST && !expanded.has(name);
      const visible = long
        ? values.filter((value, index) => index < SHORT_LIST || chosen.has(value))
        : values;
      const options = visible.map((value) => {
        const box = element("input", { type: "checkbox", name, value });
        box.checked = chosen.has(value);
        return element(
          "li",
          {},
          element(
            "label",
            {},
            box,
            " ",
            element("bdi", {}, value),
            " ",
            element(
              "span",
              { class: "search-filter__count", "data-count": value },
              String(ofFilter[value] ?? 0),
            ),
          ),
        );
      });
      const list = fieldset.querySelector("ul");
      list?.replaceChildren(...options);
      fieldset.querySelector(".search-filter__toggle")?.remove();
      if (values.length > SHORT_LIST) {
        const toggle = element(
          "button",
          { type: "button", class: "search-filter__toggle", "aria-expanded": String(!long) },
          long ? `Show all ${values.length}` : "Show fewer",
        );
        toggle.addEventListener("click", () => {
          if (expanded.has(name)) expanded.delete(name);
          else expanded.add(name);
          renderFilters(counts, current);
          fieldset.querySelector<HTMLButtonElement>(".search-filter__toggle")?.focus();
        });
        fieldset.append(toggle);
      }
    }
    if (noFilters) noFilters.hidden = any;
  }

  function renderResult(data: PagefindResultData, query: Query): HTMLLIElement {
    const item = element("li", { class: "search-result" });
    const body = element("div", { class: "search-result__text" });
    const title = data.meta.title ?? data.url;
    body.append(
      element("h2", { class: "search-result__headline" }, element("a", { href: data.url }, title)),
    );
    const meta = element("p", { class: "search-result__meta" });
    const date = readableDate(data.meta.date ?? "", timeZone);
    if (date) meta.append(element("time", { datetime: date.iso }, date.text));
    const outlet = data.meta.outlet ?? data.filters.outlet?.[0];
    if (outlet) {
      if (date) meta.append(element("span", { "aria-hidden": "true" }, " · "));
      meta.append(element("bdi", {}, outlet));
    }
    body.append(meta);
    // An Arabic search may have matched the original headline: show it.
    if (data.meta.original_title && ARABIC_SCRIPT.test(query.q)) {
      body.append(
        element("p", { class: "search-result__original", dir: "auto" }, data.meta.original_title),
      );
    }
    const excerpt = element("p", { class: "search-result__excerpt", dir: "auto" });
    if (query.q.trim()) {
      // Pagefind's excerpt is escaped page text with <mark> around the matched words.
      excerpt.innerHTML = data.excerpt;
    } else {
      excerpt.textContent = data.meta.summary ?? data.excerpt.replace(/<[^>]*>/g, "");
    }
    body.append(excerpt);
    // Long articles: the sections where the words were found, linked.
    const sections = query.q.trim() ? data.sub_results.filter((sub) => sub.anchor).slice(0, 3) : [];
    if (sections.length) {
      const list = element("ul", {
        class: "search-result__sections",
        "aria-label": `Sections of “${title}”`,
      });
      for (const section of sections) {
        const item = element("li", {}, element("a", { href: section.url }, section.title));
        // The section the main excerpt comes from needs no second copy of it.
        const plain = (html: string) => html.replace(/<[^>]*>|…/g, "").trim();
        const [mine, main] = [plain(section.excerpt), plain(data.excerpt)];
        if (!main.includes(mine) && !mine.includes(main)) {
          const part = element("p", { class: "search-result__section-excerpt", dir: "auto" });
          part.innerHTML = section.excerpt;
          item.append(part);
        }
        list.append(item);
      }
      body.append(list);
    }
    item.append(body);
    if (data.meta.image) {
      item.append(
        element("img", {
          class: "search-result__image",
          src: data.meta.image,
          alt: "",
          loading: "lazy",
          decoding: "async",
        }),
      );
    }
    return item;
  }

  async function showMore(query: Query, count: number, focusFirst: boolean): Promise<void> {
    const batch = results.slice(shown, shown + count);
    const mine = run;
    const rendered = (await Promise.all(batch.map((result) => result.data()))).map((data) =>
      renderResult(data, query),
    );
    if (mine !== run || !list || !more) return;
    list.append(...rendered);
    shown += batch.length;
    history.replaceState({ shown }, "", location.href);
    const left = results.length - shown;
    more.hidden = left <= 0;
    const next = Math.min(left, PAGE_SIZE);
    more.textContent = `Show ${plural(next, "more result", "more results")}${left > next ? ` (${left} left)` : ""}`;
    if (focusFirst) rendered[0]?.querySelector("a")?.focus();
  }

  function say(...parts: (Node | string)[]): void {
    status?.replaceChildren(...parts);
  }

  function searchOptions(query: Query, except?: string): object {
    return {
      filters: pagefindFilters(query.chosen, except),
      // Without words there is no relevance: newest first.
      sort: query.newest || !query.q.trim() ? { date: "desc" } : undefined,
    };
  }

  /**
   * Counts articles per filter value. The filter index is the largest download of a search
   * (150 KB at 10,000 articles), so it loads only once a reader opens the filters or arrives
   * with some chosen.
   */
  async function showCounts(query: Query, mine: number, keep?: string): Promise<void> {
    const pagefind = await loadPagefind();
    // Pagefind counts only the filters whose index it has loaded: this loads them all.
    const totals = await pagefind.filters();
    const words = query.q.trim() || null;
    let counts = totals;
    if (words || hasFilters(query)) {
      counts = { ...(await pagefind.search(words, searchOptions(query))).filters };
      // Each filter counts as if its own choices were not made, so readers see how many
      // articles every other value would add.
      for (const name of query.chosen.keys()) {
        const without = await pagefind.search(words, searchOptions(query, name));
        counts[name] = without.filters[name] ?? {};
      }
    }
    if (mine === run) renderFilters(counts, query, keep);
  }

  /** Runs the query and shows its results (and counts); a newer run supersedes it. */
  async function search(query: Query, keep?: string, restore = 0): Promise<void> {
    const mine = ++run;
    current = query;
    const words = query.q.trim();
    if (clear) clear.hidden = !hasFilters(query);
    if (!words && !hasFilters(query)) {
      results = [];
      shown = 0;
      list?.replaceChildren();
      if (more) more.hidden = true;
      if (empty) empty.hidden = true;
      say("");
      if (filtersBox?.open) await showCounts(query, mine, keep);
      return;
    }
    list?.setAttribute("aria-busy", "true");
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(words || null, searchOptions(query));
      if (mine !== run) return;
      results = found.results;
      shown = 0;
      list?.replaceChildren();
      const n = results.length;
      const what = words ? ["“", element("bdi", {}, words), "”"] : [];
      if (n === 0) {
        say(
          ...(words ? ["No articles match ", ...what] : ["No articles match these filters"]),
          ".",
        );
      } else {
        say(
          `${plural(n, "article matches", "articles match")} `,
          ...(words ? what : []),
          words && hasFilters(query) ? " and the filters" : words ? "" : "the filters",
          query.newest || !words ? ", newest first." : ".",
        );
      }
      if (empty) empty.hidden = n > 0;
      await showMore(query, Math.max(PAGE_SIZE, restore), false);
      if (filtersBox?.open) await showCounts(query, mine, keep);
    } catch (error) {
      if (mine !== run) return;
      say("Search is not available right now. Please try again later.");
      console.error(error);
    } finally {
      if (mine === run) list?.removeAttribute("aria-busy");
    }
  }

  /** Puts a query into the form, as after opening a shared address or going back. */
  function fill(query: Query): void {
    if (input) input.value = query.q;
    if (sort) sort.value = query.newest ? "newest" : "";
    for (const box of filtersBox?.querySelectorAll<HTMLInputElement>("input") ?? []) {
      box.checked = query.chosen.get(box.name)?.has(box.value) ?? false;
    }
  }

  let current = queryFromAddress();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const query = queryFromForm();
    remember(query, "push");
    void search(query);
  });
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    const query = queryFromForm();
    // Fetch the index chunks for the words while the reader is still typing.
    if (query.q.trim()) void loadPagefind().then((pagefind) => pagefind.preload(query.q.trim()));
    typingTimer = setTimeout(() => {
      remember(query, "replace");
      void search(query);
    }, TYPING_PAUSE);
  });
  page.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === input) return;
    const query = queryFromForm();
    remember(query, "push");
    void search(query, target.type === "checkbox" ? target.name : undefined);
  });
  clear.addEventListener("click", () => {
    const query: Query = { ...queryFromForm(), chosen: new Map() };
    fill(query);
    remember(query, "push");
    void search(query);
    input.focus();
  });
  more.addEventListener("click", () => void showMore(current, PAGE_SIZE, true));
  filtersBox.addEventListener("toggle", () => {
    if (filtersBox.open) void showCounts(current, run);
  });
  // Get the search engine ready while the reader is still typing the first word.
  input.addEventListener("focus", () => void loadPagefind(), { once: true });
  window.addEventListener("popstate", () => {
    const query = queryFromAddress();
    if (hasFilters(query)) filtersBox.open = true;
    fill(query);
    void search(query, undefined, (history.state as { shown?: number } | null)?.shown ?? 0);
  });

  if (hasFilters(current)) filtersBox.open = true;
  fill(current);
  void search(current, undefined, (history.state as { shown?: number } | null)?.shown ?? 0);
}

const page = document.querySelector<HTMLElement>("[data-search]");
if (page) start(page);
