// Unique Property Reference Number (UPRN): the GeoPlace / Ordnance Survey identifier of an
// addressable location in Great Britain, mandated by the Open Standards Board for referencing
// property. A whole number of up to 12 digits, 1 to 999999999999, with no check digit; existence can
// only be checked against AddressBase, OS Open UPRN or the ONS UPRN Directory.
// Examples: 100023336956; 000000199356 (zero-padded), canonical 199356.
// Sources: https://github.com/alphagov/data-standards-authority/blob/main/content/standards/UPRN/index.html.md
//          https://geoplace.co.uk/blog/2018/persistent-and-well-behaved-identifiers
import { decimalProblems } from "./decimal-identifier.ts";
import { defineRule } from "./define-rule.ts";

export const uprnRange = { title: "UPRN", min: 1n, max: 999_999_999_999n } as const;

export const uprn = defineRule({
  name: "uprn",
  system: "urn:lds:id:uprn",
  title: "Unique Property Reference Number",
  sources: [
    "https://github.com/alphagov/data-standards-authority/blob/main/content/standards/UPRN/index.html.md",
    "https://geoplace.co.uk/blog/2018/persistent-and-well-behaved-identifiers",
  ],
  problems: (form) => decimalProblems(form, uprnRange),
});
