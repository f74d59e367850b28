import type { Catalogue, JsonSchema } from "@lds/catalogue";

/** The canonical $id of LDS-06's record type code list, whose entries name each record type's pointer code list. */
const RECORD_TYPES = "https://standards.lds.example/lds-06-record-access/1/schemas/record-type.schema.json";

/** How LDS-06 marks a data item pointer: special category (UK GDPR Article 9) or criminal offence (Article 10) data. */
export interface PointerMarks {
  readonly specialCategory: boolean;
  readonly criminalOffence: boolean;
}

/** LDS-06's record types, each with its data item pointers and their marks, as a data item must name them. */
export type RecordTypePointers = ReadonlyMap<string, ReadonlyMap<string, PointerMarks>>;

interface CodeListEntry {
  const?: string;
  "x-mappings"?: Record<string, string>;
}

const entries = (schema: JsonSchema | undefined): CodeListEntry[] =>
  Array.isArray(schema?.oneOf) ? (schema.oneOf as CodeListEntry[]) : [];

const cache = new WeakMap<Catalogue, RecordTypePointers>();

/**
 * Every LDS-06 record type and its pointer code list (the schema named by x-mappings.pointer_schema). A pointer's
 * marks are those LDS-06 gives it or any pointer below it (LDS-05-R21): `/household/members` is special category
 * data because `/household/members/ethnicity` is.
 */
export function recordTypePointers(catalogue: Catalogue): RecordTypePointers {
  const known = cache.get(catalogue);
  if (known) return known;
  const byId = new Map(catalogue.schemas.map((file) => [file.id, file.schema]));
  const recordTypes = new Map<string, Map<string, PointerMarks>>();
  for (const recordType of entries(byId.get(RECORD_TYPES))) {
    const listId = recordType["x-mappings"]?.pointer_schema;
    if (!recordType.const || !listId) continue;
    const own = entries(byId.get(listId)).flatMap((entry) =>
      entry.const === undefined ? [] : [{ pointer: entry.const, mark: entry["x-mappings"]?.uk_gdpr ?? "" }],
    );
    const pointers = new Map<string, PointerMarks>();
    for (const { pointer } of own) {
      const covered = own.filter((other) => other.pointer === pointer || other.pointer.startsWith(`${pointer}/`));
      pointers.set(pointer, {
        specialCategory: covered.some((other) => other.mark.startsWith("art9-")),
        criminalOffence: covered.some((other) => other.mark === "art10-criminal-offence"),
      });
    }
    recordTypes.set(recordType.const, pointers);
  }
  cache.set(catalogue, recordTypes);
  return recordTypes;
}
