/** Text safe anywhere in HTML content or a quoted attribute. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An element with escaped attributes around HTML content. */
export function element(name: string, attributes: Record<string, string | undefined>, content: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => (value === "" ? ` ${key}` : ` ${key}="${escapeHtml(value)}"`))
    .join("");
  return `<${name}${attrs}>${content}</${name}>`;
}

export const link = (href: string, content: string) => element("a", { href }, content);
export const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

/**
 * A block of HTML that Vue leaves as it is (`v-pre`: no `{{ }}` interpolation), on one line so that Markdown keeps it
 * as a single HTML block.
 */
export const block = (name: string, content: string, attributes: Record<string, string> = {}) =>
  element(name, { ...attributes, "v-pre": "" }, content.replace(/\n+/g, " "));

/** A table with a header row; every cell is HTML. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  attributes: Record<string, string> = {},
): string {
  const head = `<thead><tr>${headers.map((header) => `<th>${header}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("")}</tbody>`;
  return block("table", head + body, attributes);
}

/** A two-column table of names and values, for a thing's properties. */
export const facts = (rows: readonly (readonly [string, string])[]) =>
  block(
    "table",
    `<tbody>${rows.map(([name, value]) => `<tr><th>${name}</th><td>${value}</td></tr>`).join("")}</tbody>`,
  );

/** A heading with a fixed anchor, as Markdown so that it appears in the page outline. */
export const heading = (level: number, text: string, anchor: string) =>
  `${"#".repeat(level)} ${escapeHtml(text)} {#${anchor}}`;
