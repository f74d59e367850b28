import type { Identifier } from "@lds/types/lds-01";
import type {
  ConsentRecord,
  ConsentRecordInput,
  Objection,
  ObjectionInput,
  ObjectionWithdrawal,
} from "@lds/types/lds-04";
import type { DataSharingAgreementTerms, DataSharingAgreementVersion } from "@lds/types/lds-05";
import type { Personas } from "@lds/types/meta";
import { ArrangeError } from "./errors.ts";
import type { Organisation, Organisations } from "./organisations.ts";

/** Which persona organisation performs an arrange step: `org-eastbrook-council`. */
export interface ActingAs {
  readonly by?: string;
}

/** A change of an agreement's status (LDS-05-R09), and why. */
export interface StatusChange extends ActingAs {
  readonly summary?: string;
}

/**
 * Steps that put the mock platform into the state a test needs, each through the standards' own operations
 * (LDS-04, LDS-05) as a persona organisation, so the platform checks them as it checks any request and the audit
 * trail records them (LDS-07). A refused step throws ArrangeError.
 */
export interface Arrange {
  /** Records an objection (LDS-04 createObjection); by the host council unless `by` says otherwise. */
  addObjection(objection: ObjectionInput, options?: ActingAs): Promise<Objection>;
  /** Withdraws an objection at the subject's request, or as `withdrawal` says (LDS-04 withdrawObjection). */
  withdrawObjection(id: string, withdrawal?: ObjectionWithdrawal, options?: ActingAs): Promise<Objection>;
  /** Records consent (LDS-04 createConsentRecord); by the host council unless `by` says otherwise. */
  addConsentRecord(record: ConsentRecordInput, options?: ActingAs): Promise<ConsentRecord>;
  /** Creates a draft agreement (LDS-05 createAgreement), by its first controller party unless `by` says otherwise. */
  addAgreement(terms: DataSharingAgreementTerms, options?: ActingAs): Promise<DataSharingAgreementVersion>;
  /** Makes an agreement active (from draft or suspended), by one of its controller parties. */
  activateAgreement(id: string, options?: StatusChange): Promise<DataSharingAgreementVersion>;
  /** Suspends an active agreement. */
  suspendAgreement(id: string, options?: StatusChange): Promise<DataSharingAgreementVersion>;
  /** Terminates an agreement for good. */
  terminateAgreement(id: string, options?: StatusChange): Promise<DataSharingAgreementVersion>;
}

const CONTROLLER_ROLES = new Set(["controller", "joint-controller"]);
const sameIdentifier = (a: Identifier, b: Identifier) => a.system === b.system && a.value === b.value;

export function createArrange(personas: () => Personas, organisations: Organisations): Arrange {
  const host = () => {
    const council = personas().organisations.find((organisation) => organisation.kind === "local-authority");
    if (!council) throw new Error("the personas have no local authority to act as the host council");
    return council.id;
  };

  /** Calls an operation as an organisation; the 2xx body, or ArrangeError. */
  const expect = async <T>(step: string, by: Organisation, method: string, path: string, body?: unknown) => {
    const answer = await by.call(method, path, body);
    if (answer.status >= 300) throw new ArrangeError(`${step} as ${by.persona.id}`, answer.status, answer.body);
    return answer.body as T;
  };

  /** The persona organisation that is the first controller party of these terms. */
  const controllerOf = (terms: DataSharingAgreementTerms) => {
    for (const party of terms.parties) {
      if (!CONTROLLER_ROLES.has(party.role)) continue;
      const match = personas().organisations.find((o) =>
        o.identifiers.some((i) => sameIdentifier(i, party.organisation)),
      );
      if (match) return match.id;
    }
    throw new Error("no controller party of the agreement is a persona organisation: say which one acts with `by`");
  };

  /** Agreements by id → a persona organisation known to be able to read them. */
  const readers = new Map<string, string>();
  const seededController = (id: string) => {
    const seeded = personas()
      .agreements?.filter((version) => version.id === id)
      .at(-1);
    return seeded ? controllerOf(seeded.terms) : undefined;
  };

  /**
   * The agreement's latest version, read by `by`, or else by the first persona organisation allowed to read it
   * (a party, LDS-05-R26): one known to be a party first, so that arranging seldom leaves a refused read.
   */
  const latest = async (id: string, by: string | undefined) => {
    const path = `/agreements/${encodeURIComponent(id)}`;
    const known = [readers.get(id), seededController(id), host()].filter((o): o is string => o !== undefined);
    const everyone = personas().organisations.map((o) => o.id);
    const candidates = by ? [by] : [...new Set([...known, ...everyone])];
    for (const candidate of candidates) {
      const answer = await organisations.as(candidate).call("GET", path);
      if (answer.status === 200) {
        readers.set(id, candidate);
        return answer.body as DataSharingAgreementVersion;
      }
      if (by || answer.status !== 403) throw new ArrangeError(`reading agreement ${id}`, answer.status, answer.body);
    }
    throw new Error(`no persona organisation may read agreement ${id}`);
  };

  const changeStatus = async (id: string, to: "active" | "suspended" | "terminated", options: StatusChange = {}) => {
    const current = await latest(id, options.by);
    const by = organisations.as(options.by ?? controllerOf(current.terms));
    return expect<DataSharingAgreementVersion>(
      `changing agreement ${id} to ${to}`,
      by,
      "POST",
      `/agreements/${encodeURIComponent(id)}/transitions`,
      {
        to,
        based_on_version: current.version,
        change_summary: options.summary ?? `Arranged by the test: ${to}.`,
      },
    );
  };

  return {
    addObjection: (objection, options = {}) =>
      expect("recording an objection", organisations.as(options.by ?? host()), "POST", "/objections", objection),
    withdrawObjection: (id, withdrawal, options = {}) =>
      expect(
        `withdrawing objection ${id}`,
        organisations.as(options.by ?? host()),
        "POST",
        `/objections/${encodeURIComponent(id)}/$withdraw`,
        withdrawal ?? { reason: "subject-request", actor: { role: "subject" }, channel: "online" },
      ),
    addConsentRecord: (record, options = {}) =>
      expect("recording consent", organisations.as(options.by ?? host()), "POST", "/consent-records", record),
    async addAgreement(terms, options = {}) {
      const by = options.by ?? controllerOf(terms);
      const created = await expect<DataSharingAgreementVersion>(
        "creating an agreement",
        organisations.as(by),
        "POST",
        "/agreements",
        { terms },
      );
      readers.set(created.id, by);
      return created;
    },
    activateAgreement: (id, options) => changeStatus(id, "active", options),
    suspendAgreement: (id, options) => changeStatus(id, "suspended", options),
    terminateAgreement: (id, options) => changeStatus(id, "terminated", options),
  };
}
