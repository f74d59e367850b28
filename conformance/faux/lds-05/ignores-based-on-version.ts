import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineFaux, pathOf } from "../faux.ts";
import { sibling, TRANSITIONS, VERSIONS } from "./agreement-paths.ts";

/** Last write wins: a change is applied to the latest version whatever `based_on_version` it was based on. */
export const ignoresBasedOnVersion = defineFaux({
  name: "ignores-based-on-version",
  breaks: "LDS-05-R08",
  description: "applies amendments and status changes to the latest version whatever based_on_version says",
  wrap: (fetch) => async (request) => {
    const path = pathOf(request);
    const match = VERSIONS.exec(path) ?? TRANSITIONS.exec(path);
    if (request.method !== "POST" || !match) return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as Record<string, unknown> | undefined;
    if (!body || typeof body.based_on_version !== "number") return fetch(request);
    const current = await fetch(sibling(request, `/agreements/${match[1]}`));
    if (current.status !== 200) return fetch(request);
    const { version } = (await current.json()) as DataSharingAgreementVersion;
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    return fetch(
      new Request(request.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ ...body, based_on_version: version }),
      }),
    );
  },
});
