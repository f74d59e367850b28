import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { apiOperations, type Catalogue, standardsRoot } from "@lds/catalogue";
import openapiTS, { astToString } from "openapi-typescript";

/**
 * The printed types without the `$defs` members openapi-typescript gives the object type of a schema that has
 * `$defs`: they are definitions, not members of the JSON (a reference into them is resolved to a schema of its own).
 */
function withoutDefs(types: string): string {
  const lines = types.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = /^(\s*)\$defs: \{$/.exec(lines[i] ?? "");
    if (!start) {
      kept.push(lines[i] ?? "");
      continue;
    }
    const end = `${start[1]}};`;
    while (i < lines.length && lines[i] !== end) i++;
  }
  return kept.join("\n");
}

/**
 * The client's generated sources: `lds-05/openapi.gen.ts` → contents, one per standard with an OpenAPI document.
 * Each holds the `paths`, `components` and `operations` types of the standard's OpenAPI document (openapi-typescript,
 * which follows the document's relative `$ref`s into the schema files) and the standard's open operations: those its
 * document declares with `security: []`, which the client calls without a token (LDS-00-R14).
 */
export async function generateOpenApiTypes(catalogue: Catalogue): Promise<Map<string, string>> {
  const operations = apiOperations(catalogue);
  const files = new Map<string, string>();
  for (const standard of catalogue.standards) {
    if (!standard.openapi) continue;
    const types = withoutDefs(astToString(await openapiTS(pathToFileURL(standard.openapi.path), { silent: true })));
    const open = operations
      .filter((operation) => operation.standard === standard && !operation.secured)
      .map((operation) => `  ${JSON.stringify(`${operation.method} ${operation.path}`)},`);
    const source = relative(standardsRoot(), standard.openapi.path).replaceAll("\\", "/");
    files.set(
      `${standard.slug}/openapi.gen.ts`,
      [
        "/* eslint-disable */",
        `// Generated from standards/${source} by @lds/client (src/generate). Do not edit: change the document and run \`pnpm --filter @lds/client generate\`.`,
        "",
        types.trimEnd(),
        "",
        "/** The operations that need no access token (`security: []`), as `method path`. */",
        `export const openOperations: readonly string[] = [${open.length ? `\n${open.join("\n")}\n` : ""}];`,
        "",
      ].join("\n"),
    );
  }
  files.set("problem-types.gen.ts", problemTypes(catalogue));
  return files;
}

/** LDS-00's problem types (its code list, `x-mappings.http_status`), for problems the client makes itself. */
function problemTypes(catalogue: Catalogue): string {
  const lds00 = catalogue.standards.find((standard) => standard.id === "LDS-00");
  const list = lds00?.schemas.find((schema) => schema.name === "problem-type");
  if (!list) throw new Error("LDS-00 has no problem-type code list");
  const entries = (list.schema.oneOf as { const: string; title: string; "x-mappings": { http_status: string } }[]).map(
    (entry) =>
      `  { code: ${JSON.stringify(entry.const)}, title: ${JSON.stringify(entry.title)}, status: ${JSON.stringify(entry["x-mappings"].http_status)} },`,
  );
  return [
    "/* eslint-disable */",
    `// Generated from standards/${relative(standardsRoot(), list.path).replaceAll("\\", "/")} by @lds/client (src/generate). Do not edit: change the code list and run \`pnpm --filter @lds/client generate\`.`,
    "",
    "/** LDS-00's problem types: code, title, and HTTP status as an OpenAPI response key (`4XX`, `5XX` for the catch-alls). */",
    "export const problemTypes: readonly { readonly code: string; readonly title: string; readonly status: string }[] = [",
    ...entries,
    "];",
    "",
  ].join("\n");
}
