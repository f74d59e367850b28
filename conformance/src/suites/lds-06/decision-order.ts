import fc from "fast-check";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { claims } from "../../engine/preconditions.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { accessCases, describeCase, scopesFor, unknownNhsNumber } from "./cases.ts";
import {
  type AccessCase,
  expectedOutcome,
  type ModelObjection,
  seededObjections,
  type World,
} from "./decision-model.ts";
import { recordObjection, withdrawObjection } from "./objections.ts";
import { sendRecordAccess } from "./record-access.ts";
import { NHS_NUMBER, personasOf, personIdentifier, utcDate } from "./sandbox.ts";
import { learnSources } from "./sources.ts";

/** Problem codes of checks 1 to 7 of the decision order: they never depend on the subject (LDS-06-R02). */
const SUBJECT_BLIND = new Set([
  "break-glass-not-authorised",
  "unknown-agreement",
  "agreement-not-active",
  "not-a-party",
  "purpose-not-permitted",
  "lawful-basis-not-in-agreement",
  "record-type-not-in-agreement",
]);

interface Model {
  readonly world: World;
  /** The objections this sequence recorded and has not withdrawn, with their place in the model. */
  readonly recorded: { id: string; objection: ModelObjection }[];
}

/** Sends a case and compares the outcome with the model's. */
async function sendAndCompare(context: CheckContext, world: World, request: AccessCase) {
  const what = describeCase(request);
  const { response } = await sendRecordAccess(context, request.requester, request.body, {
    scopes: scopesFor(context, request) ?? [],
  });
  if (context.validator.validate("lds-06/record-access-request", request.body).length) {
    expectProblem(context, response, 422, "validation-failed", `${what} (a body the request schema rejects)`);
    return;
  }
  const expected = expectedOutcome(world, request);
  if (expected.status === 200) {
    context.expect(response.status, `status of ${what}`).toBe(200);
    context.expect(response.json, `body of ${what}`).toBeValid("lds-06/record-access-response");
    return;
  }
  expectProblem(context, response, expected.status, expected.code!, what);
  if (!SUBJECT_BLIND.has(expected.code!)) return;
  // Checks 1 to 7 come first: the same answer whoever the subject is, known or not.
  const other = await sendRecordAccess(
    context,
    request.requester,
    { ...request.body, subject: fc.sample(unknownNhsNumber, 1)[0] },
    { scopes: scopesFor(context, request) ?? [] },
  );
  expectProblem(context, other.response, expected.status, expected.code!, `${what}, naming an NHS number of no one`);
}

type Command = fc.AsyncCommand<Model, CheckContext>;

const requestCommand = (request: AccessCase): Command => ({
  check: () => true,
  run: (model, context) => sendAndCompare(context, model.world, request),
  toString: () => `request(${JSON.stringify(request)})`,
});

const recordObjectionCommand = (person: string, purposes: readonly string[], pending: Set<string>): Command => ({
  check: (model) => model.recorded.length < 3,
  async run(model, context) {
    const subject = personIdentifier(context, person, NHS_NUMBER)!;
    const id = await recordObjection(context, subject, purposes);
    pending.add(id);
    const objection: ModelObjection = { person, purposes, active: true };
    model.world.objections.push(objection);
    model.recorded.push({ id, objection });
  },
  toString: () => `recordObjection(${person}, ${purposes.join("+")})`,
});

const withdrawObjectionCommand = (pick: number, pending: Set<string>): Command => ({
  check: (model) => model.recorded.length > 0,
  async run(model, context) {
    const [withdrawn] = model.recorded.splice(pick % model.recorded.length, 1);
    await withdrawObjection(context, withdrawn!.id);
    pending.delete(withdrawn!.id);
    withdrawn!.objection.active = false;
  },
  toString: () => `withdrawObjection(${pick})`,
});

/**
 * A model of the decision order (LDS-06-R02): sequences of record access requests by the test requester
 * organisations — every persona agreement and an unknown one, every version choice, persona and unknown subjects,
 * with and without consent, break-glass and its scope — interleaved with objections recorded and withdrawn through
 * LDS-04. Every answer's status and problem code must be the model's: the first failing check in the standard's
 * order, computed from the personas, the objections the sequence made and LDS-04's decision rules. Refusals by checks
 * 1 to 7 are repeated about a person the platform does not know and must not change. Every objection the suite
 * recorded is withdrawn before the check ends.
 */
export const decisionOrder = defineCheck({
  id: "lds-06/decision-order",
  title: "Every request gets the first failing check of the decision order",
  standard: "LDS-06",
  requirements: [
    "LDS-06-R02",
    "LDS-06-R03",
    "LDS-06-R04",
    "LDS-06-R05",
    "LDS-06-R06",
    "LDS-06-R07",
    "LDS-06-R08",
    "LDS-06-R09",
    "LDS-06-R10",
    "LDS-06-R11",
    "LDS-06-R12",
    "LDS-06-R17",
  ],
  preconditions: [claims("LDS-04"), claims("LDS-05")],
  async run(context) {
    const sources = await learnSources(context);
    const objectable = ["research", "planning", "statistics"];
    const holders = [...new Set((personasOf(context).records ?? []).map((record) => record.person))];
    const pending = new Set<string>();
    const cleanUp = async () => {
      for (const id of [...pending]) {
        await withdrawObjection(context, id);
        pending.delete(id);
      }
    };
    try {
      await context.stateful(
        "decision-order-model",
        {
          commands: [
            accessCases(context).map((request) => requestCommand(request)),
            fc
              .tuple(fc.constantFrom(...holders), fc.subarray(objectable, { minLength: 1 }))
              .map(([person, purposes]) => recordObjectionCommand(person, purposes, pending)),
            fc.nat().map((pick) => withdrawObjectionCommand(pick, pending)),
          ],
          async setup() {
            await cleanUp();
            const world: World = {
              context,
              today: utcDate(new Date()),
              sources,
              objections: seededObjections(context),
            };
            return { model: { world, recorded: [] }, real: context };
          },
          maxCommands: 12,
        },
        { numRuns: Math.min(context.runs, 25) },
      );
    } finally {
      await cleanUp();
    }
  },
});
