import { defineFaux, pathOf, withJson } from "../faux.ts";

const AGREEMENT_CHECKS = new Set([
  "break-glass-not-authorised",
  "unknown-agreement",
  "agreement-not-active",
  "not-a-party",
  "purpose-not-permitted",
  "lawful-basis-not-in-agreement",
  "record-type-not-in-agreement",
]);

/**
 * Looks the subject up before the agreement checks: a request about a person it does not know is answered 404
 * subject-not-found even when the requester may see no record at all (it should get the 403 of the agreement check),
 * so that anyone can learn whether the platform knows a person.
 */
export const subjectCheckedFirst = defineFaux({
  name: "subject-checked-first",
  breaks: "LDS-06-R02",
  description: "answers 404 subject-not-found where an agreement check requires 403, for a subject it does not know",
  wrap: (fetch, platform) => async (request) => {
    if (pathOf(request) !== "/records/$search" || request.method !== "POST") return fetch(request);
    const body = (await request
      .clone()
      .json()
      .catch(() => undefined)) as { subject?: { system: string; value: string } } | undefined;
    const response = await fetch(request);
    if (response.status !== 403 && response.status !== 422) return response;
    const known = (platform.context.catalogue.personas?.people ?? []).some((person) =>
      person.identifiers.some(
        (identifier) => identifier.system === body?.subject?.system && identifier.value === body?.subject?.value,
      ),
    );
    const code = ((await response.clone().json()) as { code?: string }).code;
    if (known || !code || !AGREEMENT_CHECKS.has(code)) return response;
    const changed = await withJson(response, (problem) => ({
      ...(problem as object),
      status: 404,
      code: "subject-not-found",
      type: "https://standards.lds.example/problems/subject-not-found",
      title: "Subject not found",
    }));
    return new Response(changed.body, { status: 404, headers: changed.headers });
  },
});
