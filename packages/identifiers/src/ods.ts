// ODS code (NHS England Organisation Data Service): the code of an organisation or site in health
// and social care, e.g. RXX (NHS trust), A81001 (GP practice), G3472185 (GP), FVR79 (pharmacy).
// ODS codes consist of 1 to 9 letters and digits, with type-specific "frames"; LDS-01-R11 accepts
// ^[A-Z0-9]{1,9}$ for every type, and existence is checked against the ODS ORD or FHIR API.
// Sources: https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services
//          https://digital.nhs.uk/developer/api-catalogue/organisation-data-service-ord
// LDS-01-R02 removes whitespace and upper-cases letters; the canonical form is upper case. The
// `system` URI is the NHS England FHIR identifier system for ODS organisation codes.
import { defineRule } from "./define-rule.ts";
import { characters } from "./normalise.ts";

export const ods = defineRule({
  name: "ods",
  system: "https://fhir.nhs.uk/Id/ods-organization-code",
  title: "ODS code",
  sources: [
    "https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services",
    "https://digital.nhs.uk/developer/api-catalogue/organisation-data-service-ord",
  ],
  problems(form) {
    const problems: string[] = [];
    if (form.length > 9) problems.push(`ODS code has ${characters(form.length)}, expected 1 to 9`);
    if (/[^A-Z0-9]/.test(form)) problems.push("ODS code may contain only letters A to Z and digits");
    return problems;
  },
});
