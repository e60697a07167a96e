// Everything the layouts need, computed once from validated content.
import type { Article } from "../article/article.ts";
import type { Content } from "../content/load.ts";
import type { Page } from "../page/page.ts";
import type { SiteSettings } from "../settings.ts";
import {
  type Group,
  type GroupPage,
  groupArticles,
  groupPages,
  type ListingPage,
  paginate,
} from "./listings.ts";

export interface SiteData {
  settings: SiteSettings;
  articles: Article[];
  pages: Page[];
  /** The front page and its older pages: /, /page/2/, … */
  frontPages: ListingPage[];
  keywords: Group[];
  keywordPages: GroupPage[];
}

export const KEYWORDS_PATH = "keywords";

export function siteDataOf(content: Content): SiteData {
  const { settings, articles, pages } = content;
  const keywords = groupArticles(articles, (article) => article.keywords);
  return {
    settings,
    articles,
    pages,
    frontPages: paginate(articles, "/", settings.perPage),
    keywords,
    keywordPages: groupPages(keywords, KEYWORDS_PATH, settings.perPage),
  };
}
