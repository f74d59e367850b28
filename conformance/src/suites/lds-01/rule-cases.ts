import type { IdentifierName } from "@lds/identifiers";

/** The cases a requirement's oracle names for one identifier rule, and the rules it covers. */
export interface RuleCases {
  readonly requirement: string;
  readonly names: readonly IdentifierName[];
  /** Values that are valid, with their canonical forms. */
  readonly valid: readonly [system: string, value: string, canonical: string][];
  /** Values that are invalid, with the one error code they must get. */
  readonly invalid: readonly [system: string, value: string, code: string][];
}

const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const UPN = "urn:lds:id:upn";
const NINO = "urn:lds:id:nino";
const POSTCODE = "urn:lds:id:postcode";
const UPRN = "urn:lds:id:uprn";
const USRN = "urn:lds:id:usrn";
const GSS = "urn:lds:id:gss";
const ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
const URN = "urn:lds:id:dfe-urn";

const each = (system: string, values: string[], code: string) =>
  values.map((value) => [system, value, code] as [string, string, string]);

/** The oracles of LDS-01-R04 to R12, as the requirements state them. */
export const RULE_CASES: readonly RuleCases[] = [
  {
    requirement: "LDS-01-R04",
    names: ["nhs-number"],
    valid: [[NHS, "9434765919", "9434765919"]],
    invalid: each(
      NHS,
      [
        ...Array.from({ length: 10 }, (_, digit) => String(digit).repeat(10)),
        "943476591",
        "94347659190",
        "94347659I9",
        // Every single-digit substitution of 9434765919.
        ...[..."9434765919"].flatMap((digit, at) =>
          Array.from({ length: 10 }, (_, other) => String(other))
            .filter((other) => other !== digit)
            .map((other) => `${"9434765919".slice(0, at)}${other}${"9434765919".slice(at + 1)}`),
        ),
      ],
      "invalid-nhs-number",
    ),
  },
  {
    requirement: "LDS-01-R05",
    names: ["upn"],
    valid: [
      [UPN, "B801200005001", "B801200005001"],
      [UPN, "P207000016049", "P207000016049"],
      [UPN, "M80120000500A", "M80120000500A"],
      [UPN, "b801200005001", "B801200005001"],
    ],
    invalid: each(UPN, ["A801200005001", "Q207000016049"], "invalid-upn"),
  },
  {
    requirement: "LDS-01-R06",
    names: ["nino"],
    valid: [
      [NINO, "AB123456C", "AB123456C"],
      [NINO, "OA123456A", "OA123456A"],
      [NINO, "ab 12 34 56 c", "AB123456C"],
    ],
    invalid: each(
      NINO,
      "QQ123456C DA123456A AO123456A BG123456A GB123456A KN123456A NK123456A NT123456A TN123456A ZZ123456A CR123456A FY123456A MW123456A NC123456A AB123456E AB123456 11A11111".split(
        " ",
      ),
      "invalid-nino",
    ),
  },
  {
    requirement: "LDS-01-R07",
    names: ["postcode"],
    valid: [
      [POSTCODE, "sw1a1aa", "SW1A 1AA"],
      [POSTCODE, "  ec1a  1bb ", "EC1A 1BB"],
      [POSTCODE, "GIR0AA", "GIR 0AA"],
      [POSTCODE, "M1 1AE", "M1 1AE"],
    ],
    invalid: each(
      POSTCODE,
      ["SW1A 1A", "1AA 1AA", "SW1A-1AA", "ASCN 1ZZ", "BFPO 1234", "SW1A 1AAA"],
      "invalid-postcode",
    ),
  },
  {
    requirement: "LDS-01-R09",
    names: ["uprn", "usrn"],
    valid: [
      [UPRN, "100023336956", "100023336956"],
      [UPRN, "000000199356", "199356"],
      [UPRN, "999999999999", "999999999999"],
      [USRN, "1", "1"],
      [USRN, "99999999", "99999999"],
    ],
    invalid: [
      ...each(UPRN, ["0", "000000000000", "1000000000000", "-1", "1.5", "1e5"], "invalid-uprn"),
      ...each(USRN, ["0", "100000000"], "invalid-usrn"),
    ],
  },
  {
    requirement: "LDS-01-R10",
    names: ["gss"],
    valid: [
      [GSS, "E09000011", "E09000011"],
      [GSS, "e12000007", "E12000007"],
    ],
    invalid: each(GSS, ["E9000011", "X09000011", "E0900001A", "E090000111"], "invalid-gss"),
  },
  {
    requirement: "LDS-01-R11",
    names: ["ods"],
    valid: ["FVR79", "V03462", "VLAXL", "K81003001", "fvr79"].map((value) => [ODS, value, value.toUpperCase()]),
    invalid: each(ODS, ["FVR-79", "K810030012", "FVR_79"], "invalid-ods"),
  },
  {
    requirement: "LDS-01-R12",
    names: ["dfe-urn"],
    valid: [
      [URN, "100000", "100000"],
      [URN, "999999", "999999"],
      [URN, "0100000", "100000"],
    ],
    invalid: each(URN, ["99999", "012345", "1000000", "0", "12345A"], "invalid-dfe-urn"),
  },
];
