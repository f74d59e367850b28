import type { Platform } from "@lds/platform";
import { defineFaux, pathOf, withJson } from "../faux.ts";

/** Adds a helpful warning when an identifier belongs to someone the platform holds records about. */
export const flagsHeldIdentifiers = defineFaux({
  name: "flags-held-identifiers",
  breaks: "LDS-01-R17",
  description: "adds a known-to-platform warning to validation results of identifiers of people it holds",
  wrap: (fetch, platform: Platform) => {
    const held = new Set(
      (platform.context.catalogue.personas?.people ?? []).flatMap((person) =>
        person.identifiers.map((identifier) => `${identifier.system} ${identifier.value}`),
      ),
    );
    return async (request) => {
      const response = await fetch(request);
      if (pathOf(request) !== "/identifiers/$validate" || response.status !== 200) return response;
      return withJson(response, (body) => ({
        results: (body as { results: { system: string; canonical?: string; warnings?: unknown[] }[] }).results.map(
          (result) =>
            held.has(`${result.system} ${result.canonical}`)
              ? {
                  ...result,
                  warnings: [
                    ...(result.warnings ?? []),
                    { code: "known-to-platform", message: "The platform holds records about this identifier." },
                  ],
                }
              : result,
        ),
      }));
    };
  },
});
