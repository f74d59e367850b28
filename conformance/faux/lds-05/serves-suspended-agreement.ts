import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineFaux, pathOf, withJson } from "../faux.ts";
import { AGREEMENT, sibling } from "./agreement-paths.ts";

/**
 * Serves a suspended agreement as if it were still in force: GET /agreements/{id} answers with the last active
 * version (the terms "in force") instead of the latest version, which says the agreement is suspended.
 */
export const servesSuspendedAgreement = defineFaux({
  name: "serves-suspended-agreement",
  breaks: "LDS-05-R06",
  description: "GET /agreements/{id} of a suspended agreement answers with its last active version",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    const match = AGREEMENT.exec(pathOf(request));
    if (request.method !== "GET" || !match || response.status !== 200) return response;
    const latest = (await response.clone().json()) as DataSharingAgreementVersion;
    if (latest.status !== "suspended") return response;
    const history = await fetch(sibling(request, `/agreements/${match[1]}/versions?size=100`));
    const { items } = (await history.json()) as { items: DataSharingAgreementVersion[] };
    const inForce = items.filter((version) => version.status === "active").at(-1);
    return inForce ? withJson(response, () => inForce) : response;
  },
});
