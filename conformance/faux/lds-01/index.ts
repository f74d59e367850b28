import type { Faux } from "../faux.ts";
import { acceptsInvalidNhsNumber } from "./accepts-invalid-nhs-number.ts";
import { flagsHeldIdentifiers } from "./flags-held-identifiers.ts";
import { guessesSystems } from "./guesses-systems.ts";

/** Faux platforms that break LDS-01 Identifiers. */
export const lds01Faux: readonly Faux[] = [acceptsInvalidNhsNumber, guessesSystems, flagsHeldIdentifiers];
