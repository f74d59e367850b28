import type { ApiOperation } from "@lds/catalogue";
import type { AuditEvent } from "@lds/types/lds-07";

/** What an operation does to the data it concerns (LDS-07 section 4.2). */
export type AuditAction = AuditEvent["action"];

/** The LDS-07 operations that return audit data about people; the chain operations carry none (LDS-07-R01). */
const AUDITED_LDS07 = new Set(["searchAuditEvents", "getAuditEvent", "exportAuditEvents", "generateAccessReport"]);

/** The LDS-05 methods that create or change an agreement (LDS-07-R01). */
const AGREEMENT_WRITES = new Set(["post", "put", "patch", "delete"]);

/**
 * The audited operations (LDS-07-R01): every operation of LDS-04 and LDS-06, the LDS-05 operations that create or
 * change an agreement, and the four LDS-07 operations that return audit data about people.
 */
export function audited(operation: ApiOperation): boolean {
  switch (operation.standard.id) {
    case "LDS-04":
    case "LDS-06":
      return true;
    case "LDS-05":
      return AGREEMENT_WRITES.has(operation.method.toLowerCase());
    case "LDS-07":
      return AUDITED_LDS07.has(operation.operationId);
    default:
      return false;
  }
}

/** The actions of the version 1 audited operations, as the LDS-07 README's section 4.2 tabulates them. */
const ACTIONS: Readonly<Record<string, AuditAction>> = {
  "LDS-04/createConsentRecord": "create",
  "LDS-04/createObjection": "create",
  "LDS-04/appendConsentEvent": "update",
  "LDS-04/withdrawObjection": "update",
  "LDS-04/readConsentRecord": "read",
  "LDS-04/searchConsentRecords": "read",
  "LDS-04/readObjection": "read",
  "LDS-04/searchObjections": "read",
  "LDS-04/checkObjections": "read",
  "LDS-04/decide": "execute",
  "LDS-05/createAgreement": "create",
  "LDS-05/amendAgreement": "update",
  "LDS-05/changeAgreementStatus": "update",
  "LDS-06/requestRecordAccess": "read",
  "LDS-07/searchAuditEvents": "read",
  "LDS-07/getAuditEvent": "read",
  "LDS-07/exportAuditEvents": "read",
  "LDS-07/generateAccessReport": "read",
};

/**
 * The event's `action` for an operation (LDS-07-R03): the README's table for the version 1 operations; for any
 * other, its HTTP method — a search (`$search`, `$check`) or GET reads, DELETE deletes, PUT and PATCH update, and
 * any other POST creates.
 */
export function actionOf(operation: ApiOperation): AuditAction {
  const listed = ACTIONS[`${operation.standard.id}/${operation.operationId}`];
  if (listed) return listed;
  const method = operation.method.toLowerCase();
  if (method === "get" || /\/\$(search|check)$/.test(operation.path)) return "read";
  if (method === "delete") return "delete";
  if (method === "put" || method === "patch") return "update";
  return "create";
}
