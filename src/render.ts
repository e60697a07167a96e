// Renders the site into a fresh folder: reads and validates the content, prepares the pictures,
// and has Eleventy write every page. src/build.ts indexes the result and puts it in place.
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import newsroomSite from "../eleventy.config.ts";
import { type Content, contentIsValid, loadContent } from "./content/load.ts";
import { type ContentProblem, displayPath, hasErrors } from "./content/problems.ts";
import { EVERY_PAGE, LiveContent, type PageSelection } from "./live-content.ts";

export interface RenderOptions {
  contentDir: string;
  /** The fresh folder the pages go to. */
  outputDir: string;
  /** "/" or "/news/". */
  base: string;
  url?: string;
  /** The moment the build treats as now, in milliseconds. */
  now: number;
  imageCache?: string;
  /** Print Eleventy's own log lines. */
  verbose?: boolean;
}

export type Rendered<Carried = Content> =
  | {
      ok: true;
      /** What was published, or as much of it as the caller asked to get back. */
      content: Carried;
      /** Articles published. */
      articles: number;
      withheld: { drafts: number; scheduled: number };
      pagesWritten: number;
      /** Seconds reading and validating the content, preparing pictures, writing pages. */
      steps: { checking: number; pictures: number; pages: number };
    }
  | { ok: false; problems: ContentProblem[] };

/** What the search index needs to start on the article pages. */
export interface ArticlesWritten {
  articles: number;
  /** The language Pagefind reads them in. */
  language: string;
}

/**
 * Renders the site into options.outputDir. Given `articlesWritten`, the article pages are
 * written first and it is called as soon as they are all on disk, before the other pages.
 */
export async function renderSite(
  options: RenderOptions,
  articlesWritten?: (written: ArticlesWritten) => void,
): Promise<Rendered> {
  const started = performance.now();
  const seconds = (since: number) => (performance.now() - since) / 1000;
  const loaded = loadContent(options.contentDir);
  const checking = seconds(started);
  if (!contentIsValid(loaded)) return { ok: false, problems: loaded.problems };
  const live = new LiveContent(loaded, {
    now: () => options.now,
    base: options.base,
    url: options.url,
    imageCache: options.imageCache,
  });
  const { content, withheld } = live;
  if (content.articles.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file: displayPath(loaded.directory),
          message:
            loaded.articles.length === 0
              ? "has no articles yet: write one under articles/"
              : `has no article to publish yet: ${withheld.drafts} are drafts, ${withheld.scheduled} are dated after ${new Date(options.now).toISOString()}`,
          severity: "error",
        },
      ],
    };
  }
  // Pictures are checked and processed before rendering, so a bad one stops the build here.
  const picturesStarted = performance.now();
  const pictureProblems = await live.preparePictures();
  const pictures = seconds(picturesStarted);
  if (hasErrors(pictureProblems)) return { ok: false, problems: pictureProblems };

  /** Has Eleventy write these pages; returns how many files it wrote. */
  const write = async (selection: PageSelection): Promise<number> => {
    live.writing = selection;
    const eleventy = new Eleventy(content.directory, options.outputDir, {
      quietMode: !options.verbose,
      pathPrefix: options.base,
      // No config file: the configuration is the function below (Eleventy's types say string only).
      configPath: false as unknown as string,
      config: (eleventyConfig: UserConfig) => newsroomSite(eleventyConfig, { live }),
    });
    return ((await eleventy.write()) as unknown as unknown[][]).flat().length;
  };
  const pagesStarted = performance.now();
  let pagesWritten: number;
  if (articlesWritten) {
    pagesWritten = await write({ articles: "all", others: false });
    articlesWritten({ articles: content.articles.length, language: content.settings.language });
    pagesWritten += await write({ articles: "none", others: true });
  } else {
    pagesWritten = await write(EVERY_PAGE);
  }
  return {
    ok: true,
    content,
    articles: content.articles.length,
    withheld,
    pagesWritten,
    steps: { checking, pictures, pages: seconds(pagesStarted) },
  };
}
