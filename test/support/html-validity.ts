// HTML validity as html-validate judges it: the HTML standard's content models, attributes and
// ARIA, plus its recommended rules, less those that are matters of taste, not correctness.
import { HtmlValidate, type RuleConfig, StaticConfigLoader } from "html-validate";

const RULES: RuleConfig = {
  // `<!doctype html>` and `<!DOCTYPE html>` are the same doctype to every parser.
  "doctype-style": "off",
  // Blank lines left by template tags: invisible to readers, and gzip removes their cost.
  "no-trailing-whitespace": "off",
  // A title is the headline and the site's name; cutting headlines to 70 characters would
  // lose words readers search for. Search engines shorten long titles themselves.
  "long-title": "off",
  // The search filters are checkboxes sharing a name, one parameter per chosen value
  // (?keyword=a&keyword=b), as HTML forms have always sent them.
  "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  // A name is allowed wherever ARIA allows one (a list of a result's sections is named after
  // the result); the default also flags names ARIA allows but some readers skip.
  "aria-label-misuse": ["error", { allowAnyNamable: true }],
};

/** A page as a browser holds it, serialized: boolean attributes come out as `hidden=""`. */
const SERIALIZED: RuleConfig = {
  "attribute-boolean-style": "off",
  "attribute-empty-style": "off",
};

const validators = {
  file: new HtmlValidate(
    new StaticConfigLoader({ extends: ["html-validate:recommended"], rules: RULES }),
  ),
  dom: new HtmlValidate(
    new StaticConfigLoader({
      extends: ["html-validate:recommended"],
      rules: { ...RULES, ...SERIALIZED },
    }),
  ),
};

/**
 * Every error in a page, one line each: "name:line:column rule: message". `from: "dom"` for the
 * outerHTML of a page a script has changed.
 */
export async function htmlErrors(
  html: string,
  name: string,
  from: keyof typeof validators = "file",
): Promise<string[]> {
  const report = await validators[from].validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
    ),
  );
}
