import type { PointerCodeList } from "./pointer-code-list.ts";
import { referenceToken } from "./pointers.ts";

/** The released part of a held record (LDS-06-R13, R21). */
export interface MinimisedRecord {
  readonly record: Record<string, unknown>;
  /** The leaf pointers at which the returned record holds at least one value. */
  readonly heldPointers: ReadonlySet<string>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Keeps exactly the source record's values at instance locations whose pointer (the location with its array indices
 * left out) is a released leaf pointer, with the objects and arrays that contain them; objects and arrays left empty
 * are omitted (LDS-06 §5.4). A location whose pointer is not in the code list never travels: the record schemas are
 * closed, so nothing outside the agreement's data items can leave in a record.
 */
export function minimiseRecord(
  source: unknown,
  codeList: PointerCodeList,
  released: ReadonlySet<string>,
): MinimisedRecord {
  const known = new Set(codeList.pointers);
  const heldPointers = new Set<string>();
  const keep = (value: unknown, pointer: string): unknown => {
    if (value === undefined || value === null) return undefined;
    if (codeList.isLeaf(pointer)) {
      // A leaf is a value, whole: arrays of identifiers or codes have no pointers of their own (§4.2).
      if (!released.has(pointer)) return undefined;
      heldPointers.add(pointer);
      return value;
    }
    if (Array.isArray(value)) {
      // Array levels are left out of pointers: every element is at the array's own pointer.
      const items = value.map((item) => keep(item, pointer)).filter((item) => item !== undefined);
      return items.length ? items : undefined;
    }
    if (!isObject(value)) return undefined;
    const members: [string, unknown][] = [];
    for (const [name, member] of Object.entries(value)) {
      const below = `${pointer}/${referenceToken(name)}`;
      if (!known.has(below)) continue;
      const kept = keep(member, below);
      if (kept !== undefined) members.push([name, kept]);
    }
    return members.length ? Object.fromEntries(members) : undefined;
  };
  const record = isObject(source) ? keep(source, "") : undefined;
  return { record: (record ?? {}) as Record<string, unknown>, heldPointers };
}
