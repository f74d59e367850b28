// The LDS site. The standards' pages and their sidebar are generated into standards/ (and the standards' files
// into public/) by generate/main.ts, which `npm run build` runs first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitepress";

const site = join(import.meta.dirname, "..");
const sidebarFile = join(site, "standards", "sidebar.json");
if (!existsSync(sidebarFile)) {
  throw new Error("docs: the standards' pages are not generated: run `npm run generate` in docs/ first");
}
const standards = JSON.parse(readFileSync(sidebarFile, "utf8"));

/** The decision records, titled by their first heading. */
const decisions = readdirSync(join(site, "decisions"))
  .filter((file) => /^\d{4}-.*\.md$/.test(file))
  .sort()
  .map((file) => ({
    text: /^# (.*)$/m.exec(readFileSync(join(site, "decisions", file), "utf8"))?.[1] ?? file,
    link: `/decisions/${file.replace(/\.md$/, ".html")}`,
  }));

const guides = {
  text: "Guides",
  items: [
    { text: "Certify your platform", link: "/guides/suppliers.html" },
    { text: "Propose a change to a standard", link: "/guides/contributors.html" },
    { text: "Verify a signed report", link: "/guides/certifiers.html" },
  ],
};

export default defineConfig({
  title: "LDS",
  titleTemplate: ":title · Local Digital Standards",
  description:
    "Local Digital Standards: basic standards for sharing service-user information between public services, and the tools to build to them and certify against them.",
  lang: "en-GB",
  srcExclude: ["**/README.md"],
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: "Standards", link: "/standards/" },
      { text: "API", link: "/standards/api.html" },
      { text: "Personas", link: "/standards/personas.html" },
      { text: "Guides", items: guides.items },
      { text: "Decisions", link: decisions[0]?.link ?? "/" },
    ],
    sidebar: {
      "/standards/": standards,
      "/guides/": [guides],
      "/decisions/": [{ text: "Decisions", items: decisions }],
    },
    outline: { level: 2 },
    search: { provider: "local" },
    footer: { message: "Every person in these pages is synthetic." },
  },
  // The local search index is one lazily loaded chunk of about 1 MB.
  vite: { build: { chunkSizeWarningLimit: 2048 } },
});
