import { identifierRules } from "@lds/identifiers";
import type { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/**
 * Registers the formats LDS schemas use: the standard ones (date, date-time, uri, uuid, email, …) and one per
 * LDS identifier (`nhs-number`, `upn`, `postcode`, …), each checked by @lds/identifiers.
 */
export function addLdsFormats(ajv: Ajv2020): void {
  addFormats.default(ajv);
  for (const rule of Object.values(identifierRules)) {
    ajv.addFormat(rule.name, { type: "string", validate: (value: string) => rule.validate(value).valid });
  }
}

/** Why a value fails an LDS identifier format, in the identifier rule's own words. */
export function formatMessage(format: string, value: unknown): string | undefined {
  const rule = identifierRules[format as keyof typeof identifierRules];
  if (!rule || typeof value !== "string") return undefined;
  const result = rule.validate(value);
  return result.valid ? undefined : result.errors.map((error) => error.message).join("; ");
}
