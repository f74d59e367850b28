/**
 * Data item pointers (LDS-06 §4.2): RFC 6901 JSON Pointers from the root of a record with array levels left out, so
 * `/household/members/birth_date` names the `birth_date` of every household member.
 */

/** Whether pointer `p` covers pointer `q`: `q` equals `p` or begins with `p` followed by `/` (LDS-06 §3). */
export const covers = (p: string, q: string): boolean => q === p || q.startsWith(`${p}/`);

/** Whether any of the pointers covers `q`. */
export const coveredByAny = (pointers: Iterable<string>, q: string): boolean => {
  for (const p of pointers) if (covers(p, q)) return true;
  return false;
};

/** The pointer immediately above `p`: `/household/members` for `/household/members/ethnicity`; "" above the top. */
export const parentOf = (p: string): string => p.slice(0, p.lastIndexOf("/"));

/** One member name as a pointer reference token (RFC 6901: `~` as `~0`, `/` as `~1`). */
export const referenceToken = (name: string): string => name.replaceAll("~", "~0").replaceAll("/", "~1");
