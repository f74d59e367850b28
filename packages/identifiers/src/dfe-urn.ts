// DfE Unique Reference Number (URN) of an educational establishment, as published by Get
// Information about Schools (GIAS) and used by Ofsted: a six-digit number, 100000 to 999999, with no
// check digit. Some ranges have a meaning (the early years census requires LA-issued URNs in 500000
// to 799999; DfE services use 900000, 900020 and 900030 for "outside England and Wales", "no URN"
// and "not available"), but all six-digit values are accepted here. Ofsted early-years registration
// numbers with the prefix "EY" are a different identifier.
// Sources: https://get-information-schools.service.gov.uk/
//          https://dfe-analytical-services.github.io/explore-education-statistics-api-docs/schemas/DataSetQueryLocationSchoolUrn
import { decimalProblems } from "./decimal-identifier.ts";
import { defineRule } from "./define-rule.ts";

export const dfeUrnRange = { title: "DfE URN", min: 100_000n, max: 999_999n } as const;

export const dfeUrn = defineRule({
  name: "dfe-urn",
  system: "urn:lds:id:dfe-urn",
  title: "DfE Unique Reference Number",
  sources: [
    "https://get-information-schools.service.gov.uk/",
    "https://dfe-analytical-services.github.io/explore-education-statistics-api-docs/schemas/DataSetQueryLocationSchoolUrn",
  ],
  problems: (form) => decimalProblems(form, dfeUrnRange),
});
