import { type Catalogue, findSchema } from "@lds/catalogue";
import type { RecordType } from "@lds/types/lds-06";
import { covers } from "./pointers.ts";

/** What a pointer's values are under UK GDPR (LDS-06 §4.3): special category (Article 9) or criminal offence data. */
export type DataMark = "special-category" | "criminal-offence";

/** A record type's pointer code list (LDS-06 §4.2), with the marks of §4.3. */
export interface PointerCodeList {
  readonly recordType: RecordType;
  /** Every data item pointer of the record type, in code-list order. */
  readonly pointers: readonly string[];
  /** The pointer's mark: its own, or that of a marked pointer above it ("every pointer below carries the same"). */
  mark(pointer: string): DataMark | undefined;
  /** A leaf pointer has no pointer below it: a date, a code, a flag, an array of identifiers or codes. */
  isLeaf(pointer: string): boolean;
}

const RECORD_TYPES = "https://standards.lds.example/lds-06-record-access/1/schemas/record-type.schema.json";

interface CodeListEntry {
  readonly const?: string;
  readonly "x-mappings"?: Record<string, string>;
}

/** The mark an `x-mappings.uk_gdpr` value gives: `art9-…` special category, `art10-criminal-offence` criminal. */
function markOf(ukGdpr: string | undefined): DataMark | undefined {
  if (ukGdpr?.startsWith("art9-")) return "special-category";
  if (ukGdpr === "art10-criminal-offence") return "criminal-offence";
  return undefined;
}

function readCodeList(catalogue: Catalogue, recordType: RecordType): PointerCodeList {
  const types = findSchema(catalogue, RECORD_TYPES).schema.schema.oneOf as CodeListEntry[];
  const pointerSchema = types.find((entry) => entry.const === recordType)?.["x-mappings"]?.pointer_schema;
  if (!pointerSchema) throw new Error(`LDS-06 defines no pointer code list for record type ${recordType}`);
  const entries = (findSchema(catalogue, pointerSchema).schema.schema.oneOf as CodeListEntry[]).filter(
    (entry): entry is CodeListEntry & { const: string } => typeof entry.const === "string",
  );
  const pointers = entries.map((entry) => entry.const);
  const ownMarks = new Map(entries.map((entry) => [entry.const, markOf(entry["x-mappings"]?.uk_gdpr)]));
  const inherited = (pointer: string) =>
    ownMarks.get(pointer) ??
    pointers
      .filter((above) => covers(above, pointer))
      .map((above) => ownMarks.get(above))
      .find((mark) => mark !== undefined);
  const marks = new Map(pointers.map((pointer) => [pointer, inherited(pointer)]));
  const leaves = new Set(pointers.filter((p) => !pointers.some((q) => q !== p && covers(p, q))));
  return {
    recordType,
    pointers,
    mark: (pointer) => marks.get(pointer),
    isLeaf: (pointer) => leaves.has(pointer),
  };
}

const cache = new WeakMap<Catalogue, Map<string, PointerCodeList>>();

/** The pointer code list of a record type, read from the standard once per catalogue. */
export function pointerCodeList(catalogue: Catalogue, recordType: RecordType): PointerCodeList {
  const lists = cache.get(catalogue) ?? new Map<string, PointerCodeList>();
  cache.set(catalogue, lists);
  const list = lists.get(recordType) ?? readCodeList(catalogue, recordType);
  lists.set(recordType, list);
  return list;
}
