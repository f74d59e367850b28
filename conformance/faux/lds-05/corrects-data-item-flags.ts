import { loadCatalogue } from "@lds/catalogue";
import { defineFaux } from "../faux.ts";
import { rewritingTerms } from "./changed-body.ts";

interface CodeEntry {
  readonly const?: string;
  readonly "x-mappings"?: { readonly uk_gdpr?: string; readonly pointer_schema?: string };
}

const RECORD_TYPES = "https://standards.lds.example/lds-06-record-access/1/schemas/record-type.schema.json";

/** Each LDS-06 record type's pointers with their uk_gdpr marks. */
function pointerMarks(): Map<string, Map<string, string | undefined>> {
  const catalogue = loadCatalogue();
  const codes = (id: string) =>
    ((catalogue.schemas.find((file) => file.id === id)?.schema as { oneOf?: CodeEntry[] } | undefined)?.oneOf ??
      []) as CodeEntry[];
  const marks = new Map<string, Map<string, string | undefined>>();
  for (const recordType of codes(RECORD_TYPES)) {
    const pointerSchema = recordType["x-mappings"]?.pointer_schema;
    if (!recordType.const || !pointerSchema) continue;
    marks.set(
      recordType.const,
      new Map(codes(pointerSchema).map((entry) => [entry.const ?? "", entry["x-mappings"]?.uk_gdpr])),
    );
  }
  return marks;
}

interface DataItem {
  readonly record_type?: string;
  readonly pointer?: string;
  readonly special_category?: boolean;
  readonly criminal_offence?: boolean;
}

/**
 * Sets each data item's special_category and criminal_offence flags from LDS-06's marks and stores the item,
 * where LDS-05 refuses a flag that disagrees with the marks (or is missing) so that the parties see it.
 */
export const correctsDataItemFlags = defineFaux({
  name: "corrects-data-item-flags",
  breaks: "LDS-05-R21",
  description: "silently corrects data item flags that disagree with LDS-06's marks instead of refusing them",
  wrap: (() => {
    const marks = pointerMarks();
    return rewritingTerms((terms) => {
      if (!Array.isArray(terms.data_items)) return terms;
      const data_items = (terms.data_items as DataItem[]).map((item) => {
        const pointers = marks.get(item.record_type ?? "");
        if (!pointers || typeof item.pointer !== "string" || !pointers.has(item.pointer)) return item;
        const below = [...pointers].filter(
          ([pointer]) => pointer === item.pointer || pointer.startsWith(`${item.pointer}/`),
        );
        const { special_category: special, criminal_offence: criminal, ...rest } = item;
        const flag = (marked: boolean, sent: boolean | undefined) =>
          marked ? true : sent === false ? false : undefined;
        const specialCategory = flag(
          below.some(([, mark]) => mark?.startsWith("art9-")),
          special,
        );
        const criminalOffence = flag(
          below.some(([, mark]) => mark === "art10-criminal-offence"),
          criminal,
        );
        return {
          ...rest,
          ...(specialCategory === undefined ? {} : { special_category: specialCategory }),
          ...(criminalOffence === undefined ? {} : { criminal_offence: criminalOffence }),
        };
      });
      return { ...terms, data_items };
    });
  })(),
});
