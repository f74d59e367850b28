import type { DataSharingAgreementTerms } from "@lds/types/lds-05";
import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { covers, type PointerCodeList, pointerCodeList, recordTypes } from "../lds-06/pointers.ts";
import { agreementRequests } from "./agreement-requests.ts";
import { expectProblemErrors, type ProblemError } from "./problem-errors.ts";
import { lds05Clients } from "./requesters.ts";
import { draftTerms, uniqueTitle } from "./terms.ts";

type DataItem = NonNullable<DataSharingAgreementTerms["data_items"]>[number];

/** The flags LDS-06's marks give a pointer: a mark on it or on a pointer below it (LDS-05-R21). */
function flagsOf(codeList: PointerCodeList, pointer: string) {
  const below = codeList.pointers.filter((other) => covers(pointer, other));
  return {
    special_category: below.some((other) => codeList.mark(other) === "special-category"),
    criminal_offence: below.some((other) => codeList.mark(other) === "criminal-offence"),
  };
}

/** A data item with the pointer and the flags its marks give (false flags omitted, as omitted means false). */
function dataItem(codeList: PointerCodeList, pointer: string): DataItem {
  const flags = flagsOf(codeList, pointer);
  return {
    record_type: codeList.recordType,
    pointer,
    ...(flags.special_category ? { special_category: true } : {}),
    ...(flags.criminal_offence ? { criminal_offence: true } : {}),
  } as DataItem;
}

interface JsonSchemaNode {
  readonly $ref?: string;
  readonly type?: string | string[];
  readonly properties?: Record<string, JsonSchemaNode>;
  readonly items?: JsonSchemaNode;
  readonly $defs?: Record<string, JsonSchemaNode>;
}

/** The pointers of the code list whose values are arrays of objects (array levels), read from the record schema. */
function arrayLevels(context: CheckContext, codeList: PointerCodeList): string[] {
  const root = context.catalogue.schemas.find((file) => file.id === codeList.recordSchema)?.schema as
    | JsonSchemaNode
    | undefined;
  if (!root) return [];
  const resolve = (node: JsonSchemaNode | undefined): JsonSchemaNode | undefined =>
    node?.$ref?.startsWith("#/$defs/") ? resolve(root.$defs?.[node.$ref.slice(8)]) : node;
  const nodeAt = (pointer: string) => {
    let node = resolve(root);
    for (const token of pointer.split("/").slice(1)) {
      if (node?.items) node = resolve(node.items);
      node = resolve(node?.properties?.[token]);
    }
    return node;
  };
  return codeList.pointers.filter(
    (pointer) =>
      nodeAt(pointer)?.items !== undefined && codeList.pointers.some((other) => other.startsWith(`${pointer}/`)),
  );
}

/**
 * Data items are LDS-06 data item pointers. An unknown record type: 422 validation-failed at its record_type. For each
 * record type, property-based over its pointer code list: the pointer with the flags its marks give is accepted
 * (201); with the last token replaced by another name, with an array index after an array level, or taken from
 * another record type's list: 422 validation-failed at its pointer. Flags that disagree with the marks: 422
 * agreement-terms-invalid (required when omitted, not-allowed-value when wrongly set).
 */
export const dataItemPointers = defineCheck({
  id: "lds-05/data-item-pointers",
  title: "Data items are LDS-06 data item pointers, marked as LDS-06 marks them",
  standard: "LDS-05",
  requirements: ["LDS-05-R21"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const withItem = (item: unknown) => ({ ...draftTerms(context, uniqueTitle("data items")), data_items: [item] });
    const refused = async (item: unknown, code: string, error: ProblemError, what: string) =>
      expectProblemErrors(
        context,
        (await requests.create("A", withItem(item))).response,
        422,
        code,
        [error],
        `POST /agreements as A with data item ${what}`,
      );

    await refused(
      { record_type: "lds-conformance-no-such-record", pointer: "/a" },
      "validation-failed",
      { pointer: "/terms/data_items/0/record_type", code: "not-allowed-value" },
      "{lds-conformance-no-such-record, /a}",
    );

    const lists = recordTypes(context).map((recordType) => pointerCodeList(context, recordType));
    const atPointer = { pointer: "/terms/data_items/0/pointer", code: "not-allowed-value" };
    for (const codeList of lists) {
      const others = lists.filter((other) => other !== codeList).flatMap((other) => other.pointers);
      const foreign = others.filter((pointer) => !codeList.pointers.includes(pointer));
      const levels = arrayLevels(context, codeList);
      await context.property(
        `pointers-of-${codeList.recordType}`,
        fc.record({
          pointer: fc.constantFrom(...codeList.pointers),
          name: fc.stringMatching(/^[a-z]{3,12}$/).map((name) => `lds_conformance_${name}`),
          index: fc.nat({ max: 20 }),
          level: levels.length ? fc.constantFrom(...levels) : fc.constant(undefined),
          foreign: foreign.length ? fc.constantFrom(...foreign) : fc.constant(undefined),
        }),
        async ({ pointer, name, index, level, foreign: other }) => {
          const label = (value: string) => `{${codeList.recordType}, ${value}}`;
          const item = dataItem(codeList, pointer);
          const { response } = await requests.create("A", withItem(item));
          context.expect(response.status, `status of POST /agreements as A with data item ${label(pointer)}`).toBe(201);
          const renamed = `${pointer.slice(0, pointer.lastIndexOf("/"))}/${name}`;
          await refused({ ...item, pointer: renamed }, "validation-failed", atPointer, label(renamed));
          if (level) {
            const below = codeList.pointers.find((candidate) => candidate.startsWith(`${level}/`)) ?? level;
            const indexed = `${level}/${index}${below.slice(level.length)}`;
            await refused({ ...item, pointer: indexed }, "validation-failed", atPointer, label(indexed));
          }
          if (other) await refused({ ...item, pointer: other }, "validation-failed", atPointer, label(other));
          return true;
        },
        { numRuns: Math.min(context.runs, 20) },
      );
      for (const [flag, mark] of [
        ["special_category", "special-category"],
        ["criminal_offence", "criminal-offence"],
      ] as const) {
        const marked = codeList.pointers.find((pointer) => codeList.mark(pointer) === mark);
        const unmarked = codeList.pointers.find((pointer) => !flagsOf(codeList, pointer)[flag]);
        if (marked) {
          const { [flag]: _, ...item } = dataItem(codeList, marked);
          await refused(
            item,
            "agreement-terms-invalid",
            { pointer: `/terms/data_items/0/${flag}`, code: "required" },
            `${marked} without ${flag}`,
          );
        }
        if (unmarked) {
          await refused(
            { ...dataItem(codeList, unmarked), [flag]: true },
            "agreement-terms-invalid",
            { pointer: `/terms/data_items/0/${flag}`, code: "not-allowed-value" },
            `${unmarked} with ${flag} true`,
          );
        }
      }
    }
  },
});
