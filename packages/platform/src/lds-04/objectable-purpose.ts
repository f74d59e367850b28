import type { PurposeClass } from "@lds/types/lds-05";

/** The purpose classes no objection covers (LDS-04-R11); every other purpose class, present or future, is objectable. */
const NOT_OBJECTABLE: ReadonlySet<string> = new Set(["direct-care", "safeguarding"]);

/** Whether an objection may cover the purpose class: never direct care or safeguarding (LDS-04-R11). */
export const isObjectable = (purpose: PurposeClass) => !NOT_OBJECTABLE.has(purpose);
