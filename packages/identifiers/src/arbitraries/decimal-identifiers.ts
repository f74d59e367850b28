// Generators of UPRNs, USRNs and DfE URNs.
import type * as fc from "fast-check";
import { dfeUrnRange } from "../dfe-urn.ts";
import { uprnRange } from "../uprn.ts";
import { usrnRange } from "../usrn.ts";
import { nearMissDecimal, nonCanonicalDecimal, validDecimal } from "./decimal.ts";
import type { NonCanonical } from "./non-canonical.ts";

/** Valid UPRNs in canonical form: 1 to 999999999999 without leading zeros. */
export const validUprn = (): fc.Arbitrary<string> => validDecimal(uprnRange);
/** Strings that are close to UPRNs but are not valid ones. */
export const nearMissUprn = (): fc.Arbitrary<string> => nearMissDecimal(uprnRange);
/** Valid UPRNs spelt with leading zeros or ASCII whitespace anywhere (LDS-01-R02). */
export const nonCanonicalUprn = (): fc.Arbitrary<NonCanonical> => nonCanonicalDecimal(uprnRange);

/** Valid USRNs in canonical form: 1 to 99999999 without leading zeros. */
export const validUsrn = (): fc.Arbitrary<string> => validDecimal(usrnRange);
/** Strings that are close to USRNs but are not valid ones. */
export const nearMissUsrn = (): fc.Arbitrary<string> => nearMissDecimal(usrnRange);
/** Valid USRNs spelt with leading zeros or ASCII whitespace anywhere (LDS-01-R02). */
export const nonCanonicalUsrn = (): fc.Arbitrary<NonCanonical> => nonCanonicalDecimal(usrnRange);

/** Valid DfE URNs in canonical form: 100000 to 999999. */
export const validDfeUrn = (): fc.Arbitrary<string> => validDecimal(dfeUrnRange);
/** Strings that are close to DfE URNs but are not valid ones. */
export const nearMissDfeUrn = (): fc.Arbitrary<string> => nearMissDecimal(dfeUrnRange);
/** Valid DfE URNs spelt with leading zeros or ASCII whitespace anywhere (LDS-01-R02). */
export const nonCanonicalDfeUrn = (): fc.Arbitrary<NonCanonical> => nonCanonicalDecimal(dfeUrnRange);
