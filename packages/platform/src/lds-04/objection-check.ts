import type { ObjectionCheckRequest, ObjectionCheckResponse, ObjectionCheckResult } from "@lds/types/lds-04";
import type { Queryable } from "../storage/database.ts";
import { checkPersonIdentifier } from "./identifiers.ts";
import { isObjectable } from "./objectable-purpose.ts";
import { objectionsOf } from "./objections.ts";
import { belongsTo, resolveSubjects } from "./subjects.ts";

/**
 * The batch check (LDS-04-R17, R18): one result per submitted subject, in order, repeats included. A subject whose
 * identifier is not a valid person identifier is `invalid-identifier` with its LDS-01 error code, on its own; any
 * other is `objection` exactly when one of the person's active objections covers the purpose class — never for
 * direct care or safeguarding (R11), and never for a person the platform does not hold (R19). Exemptions play no
 * part, the answer says nothing else about the person, and nothing is changed (R25).
 */
export async function checkObjections(
  tx: Queryable,
  request: ObjectionCheckRequest,
  at: Date,
): Promise<ObjectionCheckResponse> {
  const checked = request.subjects.map(checkPersonIdentifier);
  const valid = checked.flatMap((subject) => (subject.valid ? [subject.identifier] : []));
  const matches = await resolveSubjects(tx, valid);
  const covering = isObjectable(request.purpose_class)
    ? (await objectionsOf(tx, matches, true)).filter(({ objection }) =>
        objection.purposes.includes(request.purpose_class),
      )
    : [];
  let next = 0;
  const results = checked.map((subject, index): ObjectionCheckResult => {
    if (!subject.valid) {
      const { system, value } = request.subjects[index]!;
      return { subject: { system, value }, status: "invalid-identifier", error_code: subject.errorCode };
    }
    const match = matches[next++]!;
    const objects = covering.some(({ columns }) => belongsTo(columns, match));
    return { subject: subject.identifier, status: objects ? "objection" : "no-objection" };
  });
  return { purpose_class: request.purpose_class, checked_at: at.toISOString(), results };
}
