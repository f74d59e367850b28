// @lds/identifiers/arbitraries: fast-check generators of valid identifiers, near misses (strings
// that are close to an identifier but invalid) and non-canonical spellings of valid identifiers.
import type * as fc from "fast-check";
import type { IdentifierName } from "../identifier-name.ts";
import {
  nearMissDfeUrn,
  nearMissUprn,
  nearMissUsrn,
  nonCanonicalDfeUrn,
  nonCanonicalUprn,
  nonCanonicalUsrn,
  validDfeUrn,
  validUprn,
  validUsrn,
} from "./decimal-identifiers.ts";
import {
  nearMissGss,
  nearMissGssLocalAuthority,
  nonCanonicalGss,
  nonCanonicalGssLocalAuthority,
  validGss,
  validGssLocalAuthority,
} from "./gss.ts";
import { nearMissNhsNumber, nonCanonicalNhsNumber, validNhsNumber } from "./nhs-number.ts";
import { nearMissNino, nonCanonicalNino, validNino } from "./nino.ts";
import type { NonCanonical } from "./non-canonical.ts";
import { nearMissOds, nonCanonicalOds, validOds } from "./ods.ts";
import { nearMissPostcode, nonCanonicalPostcode, nonStrictPostcode, validPostcode } from "./postcode.ts";
import { nearMissUpn, nonCanonicalUpn, upnBody, validUpn } from "./upn.ts";

export type { NonCanonical };
export {
  nearMissDfeUrn,
  nearMissGss,
  nearMissGssLocalAuthority,
  nearMissNhsNumber,
  nearMissNino,
  nearMissOds,
  nearMissPostcode,
  nearMissUpn,
  nearMissUprn,
  nearMissUsrn,
  nonCanonicalDfeUrn,
  nonCanonicalGss,
  nonCanonicalGssLocalAuthority,
  nonCanonicalNhsNumber,
  nonCanonicalNino,
  nonCanonicalOds,
  nonCanonicalPostcode,
  nonCanonicalUpn,
  nonCanonicalUprn,
  nonCanonicalUsrn,
  nonStrictPostcode,
  upnBody,
  validDfeUrn,
  validGss,
  validGssLocalAuthority,
  validNhsNumber,
  validNino,
  validOds,
  validPostcode,
  validUpn,
  validUprn,
  validUsrn,
};

type Generators = {
  valid: () => fc.Arbitrary<string>;
  nearMiss: () => fc.Arbitrary<string>;
  nonCanonical: () => fc.Arbitrary<NonCanonical>;
};

const generators: Readonly<Record<IdentifierName, Generators>> = {
  "nhs-number": { valid: validNhsNumber, nearMiss: nearMissNhsNumber, nonCanonical: nonCanonicalNhsNumber },
  upn: { valid: validUpn, nearMiss: nearMissUpn, nonCanonical: nonCanonicalUpn },
  nino: { valid: validNino, nearMiss: nearMissNino, nonCanonical: nonCanonicalNino },
  postcode: { valid: validPostcode, nearMiss: nearMissPostcode, nonCanonical: nonCanonicalPostcode },
  uprn: { valid: validUprn, nearMiss: nearMissUprn, nonCanonical: nonCanonicalUprn },
  usrn: { valid: validUsrn, nearMiss: nearMissUsrn, nonCanonical: nonCanonicalUsrn },
  gss: { valid: validGss, nearMiss: nearMissGss, nonCanonical: nonCanonicalGss },
  "gss-local-authority": {
    valid: validGssLocalAuthority,
    nearMiss: nearMissGssLocalAuthority,
    nonCanonical: nonCanonicalGssLocalAuthority,
  },
  ods: { valid: validOds, nearMiss: nearMissOds, nonCanonical: nonCanonicalOds },
  "dfe-urn": { valid: validDfeUrn, nearMiss: nearMissDfeUrn, nonCanonical: nonCanonicalDfeUrn },
};

/** Valid values of the identifier `name`, in canonical form. */
export function validIdentifier(name: IdentifierName): fc.Arbitrary<string> {
  return generators[name].valid();
}

/** Strings close to the identifier `name` that are not valid values of it. */
export function nearMissIdentifier(name: IdentifierName): fc.Arbitrary<string> {
  return generators[name].nearMiss();
}

/** Non-canonical spellings of valid values of the identifier `name`, each with its canonical form. */
export function nonCanonicalIdentifier(name: IdentifierName): fc.Arbitrary<NonCanonical> {
  return generators[name].nonCanonical();
}
