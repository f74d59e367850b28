import { readFileSync } from "node:fs";
import type { Catalogue } from "@lds/catalogue";
import type { SupplierDeclaration } from "@lds/types/conformance";
import type { Validator } from "@lds/validate";
import { parseDocument } from "yaml";
import { DeclarationError, type DeclarationProblem } from "./declaration-error.ts";
import { semanticProblems } from "./semantic-checks.ts";

/** The published schema of the supplier declaration. */
export const DECLARATION_SCHEMA = "conformance/declaration";

/**
 * A declaration checked against its published schema and beyond it; throws DeclarationError listing every
 * problem at once.
 */
export function checkDeclaration(
  document: unknown,
  validator: Validator,
  source = "the declaration",
): SupplierDeclaration {
  const problems: DeclarationProblem[] = validator
    .validate(DECLARATION_SCHEMA, document)
    .map((error) => ({ pointer: error.pointer, message: `${error.code}: ${error.message}` }));
  // Only a document of the right shape can be checked further.
  const shaped =
    problems.length === 0 ||
    (document !== null &&
      typeof document === "object" &&
      Array.isArray((document as SupplierDeclaration).standards) &&
      typeof (document as SupplierDeclaration).base_url === "string" &&
      typeof (document as SupplierDeclaration).token_endpoint === "string" &&
      typeof (document as SupplierDeclaration).clients === "object");
  if (shaped) {
    const declaration = document as SupplierDeclaration;
    const standards = declaration.standards.filter(
      (claim) => claim && typeof claim.id === "string" && typeof claim.version === "string",
    );
    problems.push(...semanticProblems({ ...declaration, standards }, validator.catalogue as Catalogue));
  }
  if (problems.length) throw new DeclarationError(source, problems);
  return document as SupplierDeclaration;
}

/** A declaration from YAML or JSON text (JSON is YAML); every parse error is listed with its line. */
export function parseDeclaration(text: string, validator: Validator, source = "the declaration"): SupplierDeclaration {
  const parsed = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (parsed.errors.length) {
    throw new DeclarationError(
      source,
      parsed.errors.map((error) => ({
        pointer: "",
        message: `line ${error.linePos?.[0]?.line ?? "?"}: ${error.message.split("\n", 1)[0]?.replace(/ at line \d+, column \d+:?$/, "")}`,
      })),
    );
  }
  return checkDeclaration(parsed.toJS(), validator, source);
}

/** Reads and checks a declaration file. */
export function loadDeclaration(path: string, validator: Validator): SupplierDeclaration {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DeclarationError(path, [
      { pointer: "", message: `cannot read it (${(error as NodeJS.ErrnoException).code ?? "unreadable"})` },
    ]);
  }
  return parseDeclaration(text, validator, path);
}
