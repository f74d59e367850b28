import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { AgreementRequests } from "./agreement-requests.ts";
import type { RequesterName } from "./requesters.ts";

/**
 * Terminates the agreements a check created that are still active or suspended, so that nothing the suite made
 * stays in force for other checks (LDS-06 applies agreements in force). Terminated and draft agreements stay, as
 * LDS-05 keeps every version. Best effort: a platform that refuses is already being reported by the check.
 */
export async function terminateCreated(requests: AgreementRequests, as: RequesterName, ids: Iterable<string>) {
  for (const id of ids) {
    try {
      const { response } = await requests.get(as, id);
      const latest = response.json as DataSharingAgreementVersion | undefined;
      if (response.status !== 200 || !latest || (latest.status !== "active" && latest.status !== "suspended")) continue;
      await requests.transition(as, id, latest.version, "terminated", "Ended by the LDS conformance suite.");
    } catch {
      // the check's own result already says what went wrong with this platform
    }
  }
}
