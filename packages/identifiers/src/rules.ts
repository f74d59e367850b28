// The registry of identifier rules, by LDS name and by `system` URI.
import { dfeUrn } from "./dfe-urn.ts";
import { gss } from "./gss.ts";
import { gssLocalAuthority } from "./gss-local-authority.ts";
import type { IdentifierName } from "./identifier-name.ts";
import type { IdentifierRule } from "./identifier-rule.ts";
import { nhsNumber } from "./nhs-number.ts";
import { nino } from "./nino.ts";
import { ods } from "./ods.ts";
import { postcode } from "./postcode.ts";
import { upn } from "./upn.ts";
import { uprn } from "./uprn.ts";
import { usrn } from "./usrn.ts";

export const identifierRules: Readonly<Record<IdentifierName, IdentifierRule>> = Object.freeze({
  "nhs-number": nhsNumber,
  upn,
  nino,
  postcode,
  uprn,
  usrn,
  gss,
  "gss-local-authority": gssLocalAuthority,
  ods,
  "dfe-urn": dfeUrn,
});

// gss-local-authority shares the GSS system URI; a bare system URI means the general rule.
const bySystem: ReadonlyMap<string, IdentifierRule> = new Map(
  Object.values(identifierRules)
    .filter((rule) => rule.name !== "gss-local-authority")
    .map((rule) => [rule.system, rule]),
);

/** The rule for an LDS-01 identifier `system` URI, or undefined for a system LDS does not define. */
export function ruleForSystem(system: string): IdentifierRule | undefined {
  return bySystem.get(system);
}
