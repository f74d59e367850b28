import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineFaux, pathOf, withJson } from "../faux.ts";
import { sibling, VERSION, VERSIONS } from "./agreement-paths.ts";

/**
 * Keeps one set of terms per agreement and only the version metadata per version, so an amendment changes the terms
 * every earlier version reads back with: a version is not immutable.
 */
export const rewritesEarlierVersions = defineFaux({
  name: "rewrites-earlier-versions",
  breaks: "LDS-05-R03",
  description: "every version of an agreement reads back with the terms of its latest version",
  wrap: (fetch) => async (request) => {
    const path = pathOf(request);
    const match = VERSION.exec(path) ?? VERSIONS.exec(path);
    const response = await fetch(request);
    if (request.method !== "GET" || !match || response.status !== 200) return response;
    const current = await fetch(sibling(request, `/agreements/${match[1]}`));
    if (current.status !== 200) return response;
    const { terms } = (await current.json()) as DataSharingAgreementVersion;
    return withJson(response, (body) => {
      const page = body as { items?: DataSharingAgreementVersion[] };
      if (Array.isArray(page.items)) return { ...page, items: page.items.map((item) => ({ ...item, terms })) };
      return { ...(body as DataSharingAgreementVersion), terms };
    });
  },
});
