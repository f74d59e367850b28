import { type ApiOperation, type Catalogue, OpenApiRefs, openApiUrl, type Standard } from "@lds/catalogue";
import { block, code, element, escapeHtml, facts, heading, link, table } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";
import { prose } from "./prose.ts";
import { schemaType } from "./schema-type.ts";

const signature = (operation: ApiOperation) => code(`${operation.method.toUpperCase()} ${operation.path}`);

/** The scopes a token needs: every scope of one set, any set. */
export const scopes = (operation: ApiOperation) =>
  operation.scopeSets.length
    ? operation.scopeSets.map((set) => set.map(code).join(" and ")).join(" or ")
    : element("em", {}, "no token");

const isSuccess = (status: string) => /^2/.test(status);

/** Every response status, with the body schema of the successful ones linked. */
function responseSummary(operation: ApiOperation, links: SiteLinks): string {
  return operation.responses
    .map((response) =>
      isSuccess(response.status) && response.schema
        ? `${code(response.status)} ${schemaType(response.schema, "", links)}`
        : code(response.status),
    )
    .join(" ");
}

/** A standard's operations as one table, each linked to its entry in the API reference. */
export function operationsSection(standard: Standard, operations: readonly ApiOperation[], links: SiteLinks): string[] {
  const own = operations.filter((operation) => operation.standard === standard);
  if (!own.length) return [];
  const rows = own.map((operation) => [
    link(links.operation(operation.operationId), code(operation.operationId)),
    signature(operation),
    prose(operation.summary, links) + (operation.deprecated ? " (deprecated)" : ""),
    scopes(operation),
    responseSummary(operation, links),
  ]);
  return [
    heading(2, "Operations", "operations"),
    block(
      "p",
      `From ${link(links.file(standard.openapi!.path), "openapi.yaml")} (OpenAPI 3.1). Paths are relative to the platform's base URL.`,
    ),
    table(["Operation", "Request", "Summary", "Scopes", "Responses"], rows),
  ];
}

/** The parts of an operation's OpenAPI entry that apiOperations leaves out: its description and each response's. */
function described(refs: OpenApiRefs, operation: ApiOperation) {
  const base = openApiUrl(operation.standard);
  const paths = (operation.standard.openapi?.document.paths ?? {}) as Record<string, unknown>;
  const item = refs.resolve(paths[operation.path], base).node as Record<string, Record<string, unknown>>;
  const entry = item[operation.method] ?? {};
  const responses = (entry.responses ?? {}) as Record<string, unknown>;
  return {
    description: String(entry.description ?? ""),
    response: (status: string) =>
      String((refs.resolve(responses[status], base).node as { description?: unknown }).description ?? ""),
  };
}

/** One operation in full: request, parameters, body, responses and the requirements that name it. */
function operationSection(refs: OpenApiRefs, operation: ApiOperation, links: SiteLinks): string[] {
  const { standard } = operation;
  const text = described(refs, operation);
  const lines = [heading(3, operation.operationId, operation.operationId)];
  lines.push(
    block(
      "p",
      `${signature(operation)} · ${link(links.standard(standard), escapeHtml(standard.id))} · ${prose(operation.summary, links)}${operation.deprecated ? " (deprecated)" : ""}`,
    ),
  );
  if (text.description) lines.push(block("p", prose(text.description, links)));
  const requirements = standard.requirements.filter((requirement) =>
    requirement.applies_to?.includes(operation.operationId),
  );
  const about: [string, string][] = [["Scopes", scopes(operation)]];
  if (operation.requestBody) {
    about.push([
      "Request body",
      `${schemaType(operation.requestBody.schema, "", links)}${operation.requestBody.required ? " (required)" : ""}`,
    ]);
  }
  if (requirements.length) {
    about.push([
      "Requirements",
      requirements.map((requirement) => link(links.requirement(requirement.id)!, requirement.id)).join(", "),
    ]);
  }
  lines.push(facts(about));
  if (operation.parameters.length) {
    const rows = operation.parameters.map((parameter) => [
      code(parameter.name),
      parameter.in,
      parameter.required ? "yes" : "",
      schemaType(parameter.schema, "", links),
    ]);
    lines.push(table(["Parameter", "In", "Required", "Type"], rows));
  }
  const responses = operation.responses.map((response) => [
    code(response.status),
    prose(text.response(response.status), links),
    response.contentType ? code(response.contentType) : "",
    response.schema ? schemaType(response.schema, "", links) : "",
  ]);
  lines.push(table(["Status", "Meaning", "Content type", "Body"], responses));
  return lines;
}

/** The API reference: every operation of every standard, grouped by standard. */
export function apiPage(catalogue: Catalogue, operations: readonly ApiOperation[], links: SiteLinks): string[] {
  const lines = [
    "---\ntitle: API reference\n---",
    "# API reference",
    block(
      "p",
      `Every operation of the standards' OpenAPI 3.1 documents: ${operations.length} operations in ${new Set(operations.map((o) => o.standard)).size} standards. Paths are relative to the base URL a platform declares; every operation that carries personal data needs an OAuth 2.0 bearer token with the scopes shown.`,
    ),
  ];
  const refs = new OpenApiRefs(catalogue);
  for (const standard of catalogue.standards) {
    const own = operations.filter((operation) => operation.standard === standard);
    if (!own.length) continue;
    lines.push(heading(2, `${standard.id} ${standard.manifest.title}`, standard.slug));
    lines.push(
      table(
        ["Operation", "Request", "Summary"],
        own.map((operation) => [
          link(`#${operation.operationId}`, code(operation.operationId)),
          signature(operation),
          prose(operation.summary, links),
        ]),
      ),
    );
    for (const operation of own) lines.push(...operationSection(refs, operation, links));
  }
  return lines;
}
