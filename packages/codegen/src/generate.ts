import type { Catalogue } from "@lds/catalogue";
import { compile } from "json-schema-to-typescript";
import { indexTypes, type TypeModule } from "./modules.ts";
import { prepareSchema } from "./prepare-schema.ts";

/** The generated `@lds/types` sources: file name (`lds-01.gen.ts`) → contents. */
export async function generateTypes(catalogue: Catalogue): Promise<Map<string, string>> {
  const index = indexTypes(catalogue);
  const files = new Map<string, string>();
  for (const module of index.modules) {
    files.set(`${module.name}.gen.ts`, await generateModule(catalogue, index, module));
  }
  return files;
}

async function generateModule(
  catalogue: Catalogue,
  index: ReturnType<typeof indexTypes>,
  module: TypeModule,
): Promise<string> {
  const imports = new Map<string, Set<string>>();
  const bodies: string[] = [];
  for (const file of module.schemas) {
    const prepared = prepareSchema(catalogue, index, file);
    for (const [from, names] of prepared.imports) {
      if (!imports.has(from)) imports.set(from, new Set());
      for (const name of names) imports.get(from)!.add(name);
    }
    const body = await compile(prepared.schema as Parameters<typeof compile>[0], file.name, {
      bannerComment: "",
      additionalProperties: false,
      unreachableDefinitions: true,
      declareExternallyReferenced: true,
      strictIndexSignatures: true,
      unknownAny: true,
      ignoreMinAndMaxItems: true,
      format: true,
      style: { printWidth: 120, singleQuote: false, trailingComma: "all" },
    });
    bodies.push(`// ${file.id}\n${[body.trim(), ...prepared.aliases].join("\n")}\n`);
  }
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, names]) => `import type { ${[...names].sort().join(", ")} } from "./${from}.gen.ts";`);
  const banner = [
    "/* eslint-disable */",
    `// Generated from ${module.source} by @lds/codegen. Do not edit: change the schemas and run \`pnpm generate\`.`,
  ];
  return `${[...banner, ...importLines].join("\n")}\n\n${bodies.join("\n")}`;
}
