/** Follows an RFC 6901 JSON Pointer (already percent-decoded) into a document; undefined when it leads nowhere. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Every `$ref` string in a document, with the pointer to where it stands. */
export function collectRefs(node: unknown, at = ""): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => collectRefs(item, `${at}/${i}`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string"
      ? [{ at, ref: value }]
      : collectRefs(value, `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`),
  );
}
