// String formats: valid values and near misses for the standard formats LDS schemas use (date, date-time,
// uuid, uri, email, …) and for every LDS identifier format, through @lds/identifiers' generators.
import { isIdentifierName } from "@lds/identifiers";
import { nearMissIdentifier, validIdentifier } from "@lds/identifiers/arbitraries";
import * as fc from "fast-check";

const dates = fc.date({
  min: new Date("1900-01-01T00:00:00.000Z"),
  max: new Date("2099-12-31T23:59:59.999Z"),
  noInvalidDate: true,
});

/** Calendar dates, `YYYY-MM-DD`. */
const date = () => dates.map((value) => value.toISOString().slice(0, 10));

/** Instants in UTC, `YYYY-MM-DDTHH:MM:SS[.sss]Z`. */
const dateTime = () =>
  fc
    .tuple(dates, fc.boolean())
    .map(([value, millis]) => (millis ? value.toISOString() : `${value.toISOString().slice(0, 19)}Z`));

/** Times of day in UTC, `HH:MM:SSZ`. */
const time = () => dates.map((value) => `${value.toISOString().slice(11, 19)}Z`);

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
const host = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom("example", "example.org", "gov.uk", "nhs.uk"))
  .map(([labels, suffix]) => [...labels, suffix].join("."));
const segment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/);

/** Absolute URIs: https URLs, and URNs like the LDS identifier systems. */
const uri = () =>
  fc.oneof(
    fc
      .tuple(host, fc.array(segment, { maxLength: 3 }))
      .map(([name, path]) => `https://${name}${path.map((part) => `/${part}`).join("")}`),
    fc
      .tuple(label, fc.array(label, { minLength: 1, maxLength: 3 }))
      .map(([nid, parts]) => `urn:${nid}:${parts.join(":")}`),
  );

const email = () =>
  fc.tuple(fc.stringMatching(/^[a-z0-9]+([._-][a-z0-9]+){0,2}$/), host).map(([local, domain]) => `${local}@${domain}`);

const uuid = () => fc.uuid({ version: 4 });

const standard: Readonly<Record<string, () => fc.Arbitrary<string>>> = {
  date,
  "date-time": dateTime,
  time,
  uuid,
  uri,
  "uri-reference": uri,
  iri: uri,
  "iri-reference": uri,
  email,
  "idn-email": email,
  hostname: () => host,
  "idn-hostname": () => host,
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  duration: () => fc.tuple(fc.nat(99), fc.nat(11)).map(([days, hours]) => `P${days}DT${hours}H`),
  "json-pointer": () =>
    fc.array(segment, { maxLength: 3 }).map((tokens) => tokens.map((token) => `/${token}`).join("")),
  regex: () => fc.constantFrom("^[a-z]+$", "[0-9]{3}", "a|b"),
};

/** Valid strings of `format`, or undefined for a format this package does not know. */
export function validFormat(format: string): fc.Arbitrary<string> | undefined {
  if (isIdentifierName(format)) return validIdentifier(format);
  return standard[format]?.();
}

const nearMisses: Readonly<Record<string, () => fc.Arbitrary<string>>> = {
  date: () =>
    fc.oneof(
      fc.constantFrom("2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "not-a-date", ""),
      date().map((value) => value.replaceAll("-", "/")),
      date().map((value) => `${value}T00:00:00Z`),
      date().map((value) => value.slice(2)),
    ),
  "date-time": () =>
    fc.oneof(
      fc.constantFrom("2024-02-30T10:00:00Z", "2024-01-01T25:00:00Z", "2024-01-01 10:00", "not-a-date-time", ""),
      dateTime().map((value) => value.slice(0, 10)),
      dateTime().map((value) => value.replace("Z", "")),
    ),
  time: () => fc.constantFrom("25:00:00Z", "12:60:00Z", "noon", ""),
  uuid: () =>
    fc.oneof(
      uuid().map((value) => value.slice(1)),
      uuid().map((value) => `${value}0`),
      uuid().map((value) => value.replaceAll("-", "")),
      uuid().map((value) => `g${value.slice(1)}`),
    ),
  uri: () =>
    fc.oneof(
      fc.constantFrom("not a uri", "://missing-scheme", "relative/path", "#fragment-only", ""),
      uri().map((value) => value.replace(":", "")),
      uri().map((value) => `${value} with spaces`),
    ),
  email: () =>
    fc.oneof(
      fc.constantFrom("no-at-sign.example.org", "two@@example.org", "user@", "@example.org", ""),
      email().map((value) => value.replace("@", " at ")),
    ),
};
/** Strings close to valid values of `format` that are not valid ones (a few may be: filter them). */
export function nearMissFormat(format: string): fc.Arbitrary<string> | undefined {
  if (isIdentifierName(format)) return nearMissIdentifier(format);
  const nearMiss = nearMisses[format === "iri" ? "uri" : format];
  return nearMiss?.();
}
