// Unique Street Reference Number (USRN): the GeoPlace / Ordnance Survey identifier of a street in
// Great Britain, mandated alongside the UPRN. The OS Open USRN technical specification (feature type
// "OS Open USRN", attribute usrn) gives its type as "Integer, Size: 8": a whole number 1 to 99999999,
// with no check digit.
// Sources: https://docs.os.uk/os-downloads (OS Open USRN technical specification)
//          https://geoplace.co.uk/blog/2018/persistent-and-well-behaved-identifiers
import { decimalProblems } from "./decimal-identifier.ts";
import { defineRule } from "./define-rule.ts";

export const usrnRange = { title: "USRN", min: 1n, max: 99_999_999n } as const;

export const usrn = defineRule({
  name: "usrn",
  system: "urn:lds:id:usrn",
  title: "Unique Street Reference Number",
  sources: [
    "https://docs.os.uk/os-downloads",
    "https://geoplace.co.uk/blog/2018/persistent-and-well-behaved-identifiers",
  ],
  problems: (form) => decimalProblems(form, usrnRange),
});
