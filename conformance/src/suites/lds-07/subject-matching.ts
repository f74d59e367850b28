import { defineCheck } from "../../engine/check.ts";
import { claims } from "../../engine/preconditions.ts";
import { describeCase } from "../lds-06/cases.ts";
import { permittedCases } from "../lds-06/permitted.ts";
import { sendRecordAccess } from "../lds-06/record-access.ts";
import { NHS_NUMBER, personaOf, personasOf, personIdentifier, UPN } from "../lds-06/sandbox.ts";
import {
  auditorDeclared,
  auditorOf,
  eventsWithTrace,
  reportToken,
  requestReport,
  searchAll,
  searchPage,
} from "./audit-trail.ts";

const EXPORT = "/audit-events/fhir/$search";

/**
 * Person matching (LDS-07-R16): a persona with both an NHS number and a UPN is named by UPN in one record access
 * request and by its NHS number, spaced, in another. Searching, exporting and reporting by either identifier finds
 * both events; searching and reporting by another persona's NHS number finds neither.
 */
export const subjectMatching = defineCheck({
  id: "lds-07/subject-matching",
  title: "Search, export and access report match the person under any of their identifiers",
  standard: "LDS-07",
  requirements: ["LDS-07-R16"],
  preconditions: [claims("LDS-06"), claims("LDS-05"), auditorDeclared],
  async run(context) {
    const pick = (await permittedCases(context)).find((c) => {
      const person = personaOf(context, c.body.subject);
      return person !== undefined && personIdentifier(context, person, UPN) !== undefined;
    });
    if (!pick) return context.skip("no permitted record access request is about a persona with a UPN");
    const person = personaOf(context, pick.body.subject)!;
    const nhs = personIdentifier(context, person, NHS_NUMBER)!;
    const upn = personIdentifier(context, person, UPN)!;
    const spaced = {
      system: nhs.system,
      value: `${nhs.value.slice(0, 3)} ${nhs.value.slice(3, 6)} ${nhs.value.slice(6)}`,
    };
    const stranger = personasOf(context)
      .people.filter((candidate) => candidate.id !== person)
      .map((candidate) => personIdentifier(context, candidate.id, NHS_NUMBER))
      .find((identifier) => identifier !== undefined)!;
    const ids: string[] = [];
    const sequences: number[] = [];
    for (const subject of [upn, spaced]) {
      const request = { ...pick, body: { ...pick.body, subject } };
      const { response, traceId } = await sendRecordAccess(context, request.requester, request.body);
      const [event] = await eventsWithTrace(context, traceId);
      context
        .expect(
          event,
          `the audit event of ${describeCase(request)} naming ${subject.value} (answered ${response.status})`,
        )
        .toBeDefined();
      if (event) {
        ids.push(event.id);
        sequences.push(event.sequence);
      }
    }
    const auditor = await context.token(auditorOf(context));
    const since = Math.min(...sequences);
    const report = await reportToken(context);
    for (const subject of [nhs, upn, stranger]) {
      const expected = subject === stranger ? [] : ids;
      const what = `${subject.system} ${subject.value}`;
      const searched = await searchAll(context, auditor, { subject, sequence_from: since }, `subject ${what}`);
      context
        .expect(
          ids.filter((id) => searched.some((event) => event.id === id)),
          `the two events about ${person} found by POST /audit-events/$search with subject ${what}`,
        )
        .toEqual(expected);
      const exported = await searchPage(context, auditor, { subject, sequence_from: since }, 1, 100, EXPORT);
      context.expect(exported.status, `status of POST ${EXPORT} with subject ${what}`).toBe(200);
      const entries = (exported.json as { entry?: { resource: { id: string } }[] }).entry ?? [];
      context
        .expect(
          ids.filter((id) => entries.some((entry) => entry.resource.id === id)),
          `the two events about ${person} found by POST ${EXPORT} with subject ${what}`,
        )
        .toEqual(expected);
      if (report) {
        const { response } = await requestReport(context, report, { subject });
        context.expect(response.status, `status of POST /access-reports/$search for ${what}`).toBe(200);
        const listed = (response.json as { entries?: { event_id: string }[] }).entries ?? [];
        context
          .expect(
            ids.filter((id) => listed.some((entry) => entry.event_id === id)),
            `the two events about ${person} listed by POST /access-reports/$search for ${what}`,
          )
          .toEqual(expected);
      }
    }
  },
});
