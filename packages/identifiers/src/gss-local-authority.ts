// GSS code of a local authority (LDS-01): a GSS code whose entity is one of
//   E06 unitary authority (England), E07 non-metropolitan district, E08 metropolitan district,
//   E09 London borough, E10 county, W06 unitary authority (Wales), S12 council area (Scotland),
//   N09 local government district (Northern Ireland);
// that is ^(E0[6-9]|E10|W06|S12|N09)\d{6}$. Identifier objects carry it with the GSS system URI:
// the rule is a narrower check of the same identifier, for fields that must name a local authority.
// Sources: https://geoportal.statistics.gov.uk/ (Register of Geographic Codes)
//          https://www.liquisearch.com/ons_coding_system/current_gss_coding_system
import { defineRule } from "./define-rule.ts";
import { gss, gssProblems } from "./gss.ts";

export const localAuthorityEntities = ["E06", "E07", "E08", "E09", "E10", "W06", "S12", "N09"] as const;

export const gssLocalAuthority = defineRule({
  name: "gss-local-authority",
  system: gss.system,
  title: "local authority GSS code",
  sources: gss.sources,
  problems(form) {
    const problems = gssProblems(form);
    if (problems.length > 0) return problems;
    const entity = form.slice(0, 3);
    if ((localAuthorityEntities as readonly string[]).includes(entity)) return [];
    return [`GSS entity ${entity} is not a local authority entity (${localAuthorityEntities.join(", ")})`];
  },
});
