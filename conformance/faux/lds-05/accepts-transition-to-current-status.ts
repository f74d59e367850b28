import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineFaux, pathOf } from "../faux.ts";
import { json, sibling, TRANSITIONS } from "./agreement-paths.ts";

/**
 * Treats a status change to the status the agreement already has as an idempotent success: 201 with the latest
 * version, where LDS-05 allows no such change (409 agreement-transition-not-allowed).
 */
export const acceptsTransitionToCurrentStatus = defineFaux({
  name: "accepts-transition-to-current-status",
  breaks: "LDS-05-R09",
  description: "answers 201 with the latest version to a status change to the agreement's current status",
  wrap: (fetch) => async (request) => {
    const match = TRANSITIONS.exec(pathOf(request));
    if (request.method !== "POST" || !match) return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { to?: string } | undefined;
    const response = await fetch(request);
    if (response.status !== 409) return response;
    const problem = (await response.clone().json()) as { code?: string };
    if (problem.code !== "agreement-transition-not-allowed") return response;
    const current = await fetch(sibling(request, `/agreements/${match[1]}`));
    if (current.status !== 200) return response;
    const latest = (await current.json()) as DataSharingAgreementVersion;
    if (latest.status !== body?.to) return response;
    return json(latest, 201, {
      location: `${new URL(request.url).href.replace(/\/transitions$/, "")}/versions/${latest.version}`,
    });
  },
});
