/**
 * The largest value of a PostgreSQL `integer` column, the type version and sequence numbers are stored in. The
 * standards' schemas bound such numbers below only, so a request may name a larger one: no row holds it, and it must
 * not reach SQL, which refuses it as out of range.
 */
export const INTEGER_MAX = 2_147_483_647;

/** Whether a whole number can be held in an `integer` column, and so compared with one in SQL. */
export const fitsInteger = (value: number): boolean => value <= INTEGER_MAX;
