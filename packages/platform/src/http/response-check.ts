import type { ApiOperation } from "@lds/catalogue";
import type { PlatformContext } from "../context.ts";

/** A response the platform was about to send violates its own standard: a defect, reported as a 500. */
export class ResponseContractError extends Error {
  override name = "ResponseContractError";
}

/** Checks a response body against the schema the operation's standard gives for its status. */
export function checkResponse(operation: ApiOperation, status: number, body: unknown, context: PlatformContext): void {
  const response =
    operation.responses.find((candidate) => candidate.status === String(status)) ??
    operation.responses.find((candidate) => candidate.status === `${String(status)[0]}XX`) ??
    operation.responses.find((candidate) => candidate.status === "default");
  if (!response) throw new ResponseContractError(`${operation.operationId} does not define status ${status}`);
  if (!response.schema) return;
  const errors = context.validator.validateWith(response.schema, body);
  if (errors.length) {
    const list = errors.map((error) => `${error.pointer} ${error.code}: ${error.message}`).join("; ");
    throw new ResponseContractError(`${operation.operationId} ${status} response is invalid: ${list}`);
  }
}
