import { evidenceExchange } from "../evidence/exchange.ts";
import { redact } from "../evidence/redact.ts";
import type { RecordedExchange } from "../transport/exchange.ts";
import { TransportError } from "../transport/transport-error.ts";
import type { Check } from "./check.ts";
import type { CheckRecord } from "./context.ts";
import { CheckFailure, CheckSkipped } from "./failure.ts";
import { type CheckResult, type Evidence, findingStatus, type Level } from "./result.ts";

type Base = Pick<CheckResult, "id" | "title" | "standard" | "requirements" | "level">;

/** The fields every result of a check shares. */
export const resultBase = (check: Check, level: Level): Base => ({
  id: check.id,
  title: check.title,
  standard: check.standard,
  requirements: check.requirements,
  level,
});

function evidence(
  record: CheckRecord,
  message: string,
  detail: { expected?: unknown; observed?: unknown; exchange?: RecordedExchange },
): Evidence {
  const exchanges = detail.exchange
    ? [detail.exchange]
    : record.counterexample
      ? record.caseExchanges
      : record.exchanges.slice(-2);
  return {
    message,
    ...("expected" in detail && detail.expected !== undefined ? { expected: redact(detail.expected) } : {}),
    ...("observed" in detail && detail.observed !== undefined ? { observed: redact(detail.observed) } : {}),
    exchanges: exchanges.map(evidenceExchange),
    ...(record.counterexample
      ? { counterexample: { ...record.counterexample, value: redact(record.counterexample.value) } }
      : {}),
  };
}

/** What a check's run came to: a pass, a finding at its level, a skip, or an error with evidence. */
export function outcomeOf(base: Base, record: CheckRecord, thrown: unknown, durationMs: number): CheckResult {
  const properties = record.properties.length ? { properties: record.properties } : {};
  if (thrown === undefined) return { ...base, status: "pass", durationMs, ...properties };
  if (thrown instanceof CheckSkipped) {
    return { ...base, status: "skip", skip: { kind: "precondition-missing", reason: thrown.message }, durationMs };
  }
  if (thrown instanceof CheckFailure) {
    return {
      ...base,
      status: findingStatus(base.level),
      evidence: evidence(record, thrown.message, thrown.detail),
      durationMs,
      ...properties,
    };
  }
  if (thrown instanceof TransportError) {
    return {
      ...base,
      status: "error",
      error: `transport (${thrown.kind}): ${thrown.message}`,
      evidence: evidence(record, thrown.message, { exchange: thrown.exchange }),
      durationMs,
    };
  }
  const error = thrown as Error;
  const message = `${error?.name ?? "Error"}: ${error?.message ?? String(thrown)}`;
  return { ...base, status: "error", error: message, evidence: evidence(record, message, {}), durationMs };
}
