import { randomUUID } from "node:crypto";
import type {
  Objection,
  ObjectionInput,
  ObjectionSetEvent,
  ObjectionWithdrawal,
  ObjectionWithdrawnEvent,
} from "@lds/types/lds-04";
import { ProblemError } from "../http/problem.ts";
import type { Queryable } from "../storage/database.ts";
import { bare, canonical, type IdentifierLike, sameIdentifier } from "./identifiers.ts";
import { appendObjectionEvent, putObjection, readObjection } from "./objections.ts";
import { notBefore } from "./times.ts";

/**
 * Records an objection, active from now (LDS-04-R12, R13): the subject in canonical form, the purposes as submitted
 * (objectable only: the schema refuses direct-care and safeguarding, R11) and one set event saying who expressed it,
 * through which channel, with what evidence, recorded by whom and when.
 */
export async function recordObjection(
  tx: Queryable,
  input: ObjectionInput,
  organisation: IdentifierLike,
  now: Date,
): Promise<Objection> {
  const set: ObjectionSetEvent = {
    sequence: 1,
    type: "set",
    recorded_at: now.toISOString(),
    recorded_by: bare(organisation),
    actor: input.actor,
    channel: input.channel,
    ...(input.evidence_reference === undefined ? {} : { evidence_reference: input.evidence_reference }),
  };
  const objection: Objection = {
    id: randomUUID(),
    subject: canonical(input.subject),
    purposes: input.purposes,
    status: "active",
    events: [set],
  };
  await putObjection(tx, objection);
  return objection;
}

/**
 * Withdraws an objection by appending its withdrawn event; nothing is deleted (LDS-04-R14). 404 for no such
 * objection; 403 `forbidden` for a withdrawal as entered in error by any organisation but the one that recorded it
 * (R15); 409 `objection-already-withdrawn` when it was withdrawn before — a withdrawn objection is never reinstated.
 */
export async function withdrawObjection(
  tx: Queryable,
  id: string,
  withdrawal: ObjectionWithdrawal,
  organisation: IdentifierLike,
  now: Date,
): Promise<Objection> {
  const objection = await readObjection(tx, id, true);
  if (!objection) throw new ProblemError(404, "not-found", "No objection has this id.");
  const set = objection.events[0]!;
  if (withdrawal.reason === "entered-in-error" && !sameIdentifier(set.recorded_by, organisation)) {
    throw new ProblemError(
      403,
      "forbidden",
      "Only the organisation that recorded an objection may withdraw it as entered in error.",
    );
  }
  const withdrawn = objection.events.find((event) => event.type === "withdrawn");
  if (objection.status === "withdrawn") {
    throw new ProblemError(
      409,
      "objection-already-withdrawn",
      `This objection was withdrawn${withdrawn ? ` at ${withdrawn.recorded_at}` : ""}. To object again, record a new objection.`,
    );
  }
  const event = {
    sequence: 2,
    type: "withdrawn",
    recorded_at: notBefore(now, set.recorded_at),
    recorded_by: bare(organisation),
    ...withdrawal,
  } as ObjectionWithdrawnEvent;
  await appendObjectionEvent(tx, id, event);
  return { ...objection, status: "withdrawn", events: [set, event] };
}
