/** A TypeScript type name from a schema title or key: `problem details` → `ProblemDetails`. */
export function typeName(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
  return /^[0-9]/.test(name) ? `T${name}` : name;
}

/**
 * The type name of a `$defs` entry: its own title when it has one, else the root's name and the key
 * (`problem.schema.json#/$defs/error` → `ProblemError`), so that generic keys never shadow globals.
 */
export function defTypeName(rootName: string, key: string, def: Record<string, unknown>): string {
  return typeof def.title === "string" ? typeName(def.title) : rootName + typeName(key);
}
