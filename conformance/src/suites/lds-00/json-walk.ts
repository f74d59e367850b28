import { pointerJoin } from "@lds/arbitraries";

/** One value inside a JSON document, with its RFC 6901 pointer. */
export interface JsonNode {
  readonly pointer: string;
  readonly value: unknown;
}

/** Every value of a JSON document, the document itself first, depth first. */
export function* jsonNodes(value: unknown, pointer = ""): Generator<JsonNode> {
  yield { pointer, value };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* jsonNodes(item, pointerJoin(pointer, index));
  } else if (value && typeof value === "object") {
    for (const [name, item] of Object.entries(value)) yield* jsonNodes(item, pointerJoin(pointer, name));
  }
}
