import { defineFaux, pathOf, withJson } from "../faux.ts";

/**
 * Minimises to the union of the requester's agreements instead of the one cited: a permitted request gets, besides
 * what its agreement lists, the record members the requester could obtain under the platform's safeguarding
 * agreement (a realistic slip: a cache of "what this organisation may see", keyed by organisation only).
 */
export const leaksFieldOutsideAgreement = defineFaux({
  name: "leaks-field-outside-agreement",
  breaks: "LDS-06-R13",
  description: "adds to a permitted record the members another agreement of the requester would release",
  wrap: (fetch, platform) => async (request) => {
    if (pathOf(request) !== "/records/$search" || request.method !== "POST") return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as Record<string, unknown> | undefined;
    const response = await fetch(request);
    if (response.status !== 200 || !body) return response;
    const wider = (platform.context.catalogue.personas?.agreements ?? []).find(
      (version) => version.status === "active" && version.terms.purpose?.classes?.includes("safeguarding"),
    );
    if (!wider || wider.id === body.agreement_id) return response;
    const { fields: _fields, consent_id: _consent, break_glass: _glass, agreement_version: _version, ...rest } = body;
    const widened = await fetch(
      new Request(request.url, {
        method: "POST",
        headers: request.headers,
        body: JSON.stringify({
          ...rest,
          agreement_id: wider.id,
          purpose_class: "safeguarding",
          lawful_basis: "art6-1-e",
        }),
      }),
    );
    if (widened.status !== 200) return response;
    const extra = ((await widened.json()) as { record: Record<string, unknown> }).record;
    return withJson(response, (answer) => {
      const original = answer as { record: Record<string, unknown> };
      return { ...original, record: { ...extra, ...original.record } };
    });
  },
});
