/** A consent record's or objection's id as its storage key: UUIDs compare without case (RFC 9562). */
export const idKey = (id: string) => id.toLowerCase();
