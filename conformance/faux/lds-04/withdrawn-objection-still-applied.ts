import { defineFaux, pathOf, withJson } from "../faux.ts";

interface Withdrawn {
  readonly id: string;
  readonly subject: string;
  readonly purposes: readonly string[];
}

/**
 * Applies a withdrawn objection: decide reads a copy of the objections that withdrawals never reach, so a person who
 * withdrew their objection is still denied for the purposes it covered.
 */
export const withdrawnObjectionStillApplied = defineFaux({
  name: "withdrawn-objection-still-applied",
  breaks: "LDS-04-R21",
  description: "decide goes on denying for an objection after it was withdrawn",
  wrap: (fetch) => {
    const withdrawn: Withdrawn[] = [];
    return async (request) => {
      const path = pathOf(request);
      if (request.method === "POST" && /^\/objections\/[^/]+\/\$withdraw$/.test(path)) {
        const response = await fetch(request);
        if (response.status === 200) {
          const objection = (await response.clone().json()) as {
            id: string;
            subject: { value: string };
            purposes: string[];
          };
          withdrawn.push({ id: objection.id, subject: objection.subject.value, purposes: objection.purposes });
        }
        return response;
      }
      if (request.method !== "POST" || path !== "/decisions") return fetch(request);
      const use = (await request
        .clone()
        .json()
        .catch(() => ({}))) as { subject?: { value?: string }; purpose_class?: string };
      const response = await fetch(request);
      const stale = withdrawn.filter(
        (o) => o.subject === use.subject?.value && o.purposes.includes(use.purpose_class ?? ""),
      );
      if (response.status !== 200 || !stale.length) return response;
      return withJson(response, (body) => {
        const decision = body as { reasons: { code: string; ref?: string }[]; exemptions_considered: unknown[] };
        if (decision.exemptions_considered.length) return decision;
        const reasons = decision.reasons.filter((reason) => reason.code !== "no-covering-objection");
        const objections = stale.map((objection) => ({ code: "objection", ref: objection.id }));
        return { ...decision, decision: "deny", reasons: [...reasons, ...objections] };
      });
    };
  },
});
