// RFC 6901 JSON Pointers: how a mutation names the place it changed, and how `$ref` fragments name a
// subschema.

/** One reference token, escaped: `~` becomes `~0` and `/` becomes `~1`. */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The pointer to `token` under `pointer` (`""` is the whole document). */
export function pointerJoin(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}

/** The unescaped reference tokens of a pointer; `""` has none. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value `pointer` names in `document`, or undefined when there is none. */
export function pointerGet(document: unknown, pointer: string): unknown {
  let current = document;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}
