import type { Catalogue } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import type { DeclarationProblem } from "./declaration-error.ts";

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** A URL the suite sends credentials or resets to: on the platform's own origin, or over HTTPS. */
function sameOriginOrHttps(url: string, base: string, pointer: string, what: string): DeclarationProblem[] {
  const origin = originOf(url);
  if (origin === undefined) return []; // the schema reports a URL that does not parse
  if (origin === originOf(base) || new URL(url).protocol === "https:") return [];
  return [{ pointer, message: `${what} must be on the base URL's origin (${originOf(base)}) or use https` }];
}

/**
 * What the schema cannot say: each claimed standard and version is published in the catalogue and claimed once,
 * LDS-00 is among them, credentials go only to the platform's origin or over HTTPS, and clients act for persona
 * organisations.
 */
export function semanticProblems(declaration: SupplierDeclaration, catalogue: Catalogue): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  const seen = new Set<string>();
  declaration.standards.forEach((claim, index) => {
    const pointer = `/standards/${index}`;
    const published = catalogue.standards.filter((standard) => standard.id === claim.id);
    if (seen.has(claim.id)) problems.push({ pointer: `${pointer}/id`, message: `${claim.id} is claimed twice` });
    seen.add(claim.id);
    if (!published.length) {
      problems.push({ pointer: `${pointer}/id`, message: `${claim.id} is not an LDS standard` });
    } else if (!published.some((standard) => standard.manifest.version === claim.version)) {
      const versions = published.map((standard) => standard.manifest.version).join(", ");
      problems.push({
        pointer: `${pointer}/version`,
        message: `${claim.id} has no published version ${claim.version} (published: ${versions})`,
      });
    }
  });
  if (!seen.has("LDS-00")) {
    problems.push({ pointer: "/standards", message: "LDS-00 must be claimed: every LDS platform implements it" });
  }
  problems.push(
    ...sameOriginOrHttps(declaration.token_endpoint, declaration.base_url, "/token_endpoint", "the token endpoint"),
  );
  if (declaration.sandbox_reset_url !== undefined) {
    problems.push(
      ...sameOriginOrHttps(
        declaration.sandbox_reset_url,
        declaration.base_url,
        "/sandbox_reset_url",
        "the sandbox reset URL",
      ),
    );
  }
  const organisations = catalogue.personas?.organisations.map((organisation) => organisation.id);
  if (organisations) {
    for (const id of Object.keys(declaration.clients)) {
      if (!organisations.includes(id)) {
        problems.push({
          pointer: `/clients/${id}`,
          message: `${id} is not a persona organisation (standards/personas)`,
        });
      }
    }
  }
  return problems;
}
