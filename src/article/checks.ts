// Rules about an article that its schema alone cannot check: changes dated before publication,
// and a lead image that must be a picture file inside the content folder.
import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../content/problems.ts";
import { type PublicationDate, parsePublicationDate } from "../dates.ts";
import { type Article, isBefore } from "./article.ts";
import type { ArticleFrontMatter } from "./schema.ts";

/** Picture formats the image processor reads. */
export const PICTURE_EXTENSIONS = [
  ".jpg",
  ".jpeg",
  ".png",
  ".webp",
  ".avif",
  ".gif",
  ".tif",
  ".tiff",
];

export function checkArticle(
  frontMatter: ArticleFrontMatter,
  article: Article,
  fieldLines: ReadonlyMap<string, number>,
  contentRoot: string,
  timeZone: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string, top: string, message: string): ContentProblem => ({
    file: article.file,
    line: fieldLines.get(top),
    field,
    message,
    severity: "error",
  });
  const published = `${article.date.iso}, the article's date`;
  const beforePublication = (raw: string | undefined): boolean => {
    const change = raw ? parsePublicationDate(raw, timeZone) : undefined;
    return change !== undefined && isBefore(change as PublicationDate, article.date, timeZone);
  };

  if (beforePublication(frontMatter.updated)) {
    problems.push(
      at("updated", "updated", `must not be before ${published}, got "${frontMatter.updated}"`),
    );
  }
  (frontMatter.corrections ?? []).forEach((correction, index) => {
    if (beforePublication(correction.date)) {
      problems.push(
        at(
          `corrections[${index}].date`,
          "corrections",
          `must not be before ${published}, got "${correction.date}"`,
        ),
      );
    }
  });
  if (frontMatter.image && article.image) {
    const { file, path: absolute } = article.image;
    const problem = pictureProblem(frontMatter.image.file, absolute, file, contentRoot);
    if (problem) problems.push(at("image.file", "image", problem));
  }
  return problems;
}

/**
 * Why a picture file cannot be used, worded for authors; undefined when it can.
 * @param written the name as the author wrote it
 * @param shown the file's path as the author sees it
 */
export function pictureProblem(
  written: string,
  file: string,
  shown: string,
  contentRoot: string,
): string | undefined {
  const relative = path.relative(contentRoot, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    return `must be a picture inside the content folder, got "${written}"`;
  }
  const extension = path.extname(file).toLowerCase();
  if (!PICTURE_EXTENSIONS.includes(extension)) {
    return `must be a JPEG, PNG, WebP, AVIF, GIF or TIFF picture (a name ending in .jpg, .png…), got "${written}"`;
  }
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    return `names a picture that does not exist: there is no ${path.basename(shown)} in ${path.dirname(shown)}/. Put the picture there or correct the name, got "${written}"`;
  }
  return undefined;
}
