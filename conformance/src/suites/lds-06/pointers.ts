import type { CheckContext } from "../../engine/context.ts";

/** What a pointer's code list entry marks it as (LDS-06 section 4.3). */
export type Mark = "special-category" | "criminal-offence";

/** The pointer code list of a record type: its pointers in order, their marks, and the record schema's `$id`. */
export interface PointerCodeList {
  readonly recordType: string;
  readonly recordSchema: string;
  readonly pointers: readonly string[];
  mark(pointer: string): Mark | undefined;
  /** A pointer with no pointer below it in the code list. */
  isLeaf(pointer: string): boolean;
}

/** Pointer P covers pointer Q when Q equals P or begins with P followed by `/` (LDS-06 section 3). */
export const covers = (p: string, q: string) => q === p || q.startsWith(`${p}/`);

interface CodeEntry {
  readonly const?: string;
  readonly "x-mappings"?: {
    readonly uk_gdpr?: string;
    readonly record_schema?: string;
    readonly pointer_schema?: string;
  };
}

const schemaById = (context: CheckContext, id: string) => {
  const file = context.catalogue.schemas.find((candidate) => candidate.id === id);
  if (!file) throw new Error(`the catalogue has no schema ${id}`);
  return file.schema as { oneOf?: CodeEntry[] };
};

/** The record types of LDS-06 (record-type.schema.json). */
export function recordTypes(context: CheckContext): string[] {
  return (schemaById(context, RECORD_TYPE_SCHEMA).oneOf ?? []).flatMap((entry) => (entry.const ? [entry.const] : []));
}

const RECORD_TYPE_SCHEMA = "https://standards.lds.example/lds-06-record-access/1/schemas/record-type.schema.json";

/** The pointer code list of a record type, read from the schema its record type entry names. */
export function pointerCodeList(context: CheckContext, recordType: string): PointerCodeList {
  const entry = (schemaById(context, RECORD_TYPE_SCHEMA).oneOf ?? []).find(
    (candidate) => candidate.const === recordType,
  );
  const { pointer_schema: pointerSchema, record_schema: recordSchema } = entry?.["x-mappings"] ?? {};
  if (!pointerSchema || !recordSchema) throw new Error(`record type ${recordType} names no pointer code list`);
  const entries = schemaById(context, pointerSchema).oneOf ?? [];
  const marks = new Map<string, Mark | undefined>();
  for (const code of entries) {
    if (!code.const) continue;
    const gdpr = code["x-mappings"]?.uk_gdpr;
    marks.set(
      code.const,
      gdpr?.startsWith("art9-")
        ? "special-category"
        : gdpr === "art10-criminal-offence"
          ? "criminal-offence"
          : undefined,
    );
  }
  const pointers = [...marks.keys()];
  return {
    recordType,
    recordSchema,
    pointers,
    mark: (pointer) => marks.get(pointer),
    isLeaf: (pointer) => !pointers.some((other) => other !== pointer && covers(pointer, other)),
  };
}

/**
 * The data item pointer of every value in a record: its JSON Pointer with array indices left out (LDS-06 section
 * 4.2). Arrays of scalars (identifiers, codes) are values: their elements have no pointer of their own.
 */
export function valuePointers(record: unknown, codeList: PointerCodeList): string[] {
  const found: string[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (pointer && codeList.isLeaf(pointer)) {
      found.push(pointer);
      return;
    }
    if (Array.isArray(value)) {
      for (const element of value) walk(element, pointer);
    } else if (value !== null && typeof value === "object") {
      for (const [name, member] of Object.entries(value)) {
        walk(member, `${pointer}/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`);
      }
    } else if (pointer) {
      found.push(pointer);
    }
  };
  walk(record, "");
  return [...new Set(found)];
}
