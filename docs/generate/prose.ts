import { escapeHtml, link } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";

const REQUIREMENT = /\bLDS-\d{2}-R\d{2,3}\b/g;

/**
 * Text from the standards as inline HTML: escaped, with `backtick` spans as code and every requirement id that
 * exists linked to its place on its standard's page.
 */
export function prose(text: string, links: SiteLinks): string {
  return text
    .trim()
    .split(/(`[^`]+`)/)
    .map((part, index) => {
      if (index % 2 === 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part).replace(REQUIREMENT, (id) => {
        const url = links.requirement(id);
        return url ? link(url, id) : id;
      });
    })
    .join("");
}
