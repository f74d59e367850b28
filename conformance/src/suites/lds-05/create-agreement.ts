import type { DataSharingAgreementVersion } from "@lds/types/lds-05";
import { defineCheck } from "../../engine/check.ts";
import { expectProblem } from "../lds-00/problem.ts";
import { locationOf, versionUrl } from "./agreement-model.ts";
import { agreementRequests, createdVersion, walk } from "./agreement-requests.ts";
import { lds05Clients, organisationOf } from "./requesters.ts";
import { draftTerms, exampleInstance, uniqueTitle } from "./terms.ts";

/**
 * As A, example create-agreement-request-minimal.json with A as its party: 201, version 1, a draft, created by A,
 * the terms as sent, the change summary as sent, Location the URL of version 1, which reads back the same body. Two
 * creations give different ids.
 */
export const createAgreement = defineCheck({
  id: "lds-05/create-agreement",
  title: "A new agreement is a version 1 draft of the terms sent",
  standard: "LDS-05",
  requirements: ["LDS-05-R01"],
  preconditions: [lds05Clients("A")],
  async run(context) {
    const requests = agreementRequests(context);
    const example = exampleInstance(context, "create-agreement-request-minimal") as {
      terms: DataSharingAgreementVersion["terms"];
    };
    const [party] = example.terms.parties;
    const terms = {
      ...example.terms,
      title: uniqueTitle("create"),
      parties: [{ ...party!, organisation: organisationOf(context, "A") }],
    };
    const ids: string[] = [];
    for (const summary of [undefined, "Drafted by A."]) {
      const what = `POST /agreements as A${summary ? " with a change summary" : ""}`;
      const exchange = await requests.create("A", terms, summary);
      const version = createdVersion(context, exchange, what);
      context.expect(version.version, `version of ${what}`).toBe(1);
      context.expect(version.status, `status member of ${what}`).toBe("draft");
      context.expect(version.change_type, `change_type of ${what}`).toBe("created");
      context.expect(version.created_by, `created_by of ${what}`).toEqual(organisationOf(context, "A"));
      context.expect(version.terms, `terms of ${what}`).toEqual(terms);
      context.expect(version.change_summary, `change_summary of ${what}`).toBe(summary);
      const location = locationOf(exchange);
      context.expect(location, `Location of ${what}`).toBe(versionUrl(context, version.id, 1));
      const read = await context.http.request({
        path: location!,
        headers: { authorization: `Bearer ${await context.token("org-test-requester-a")}` },
      });
      context.expect(read.response.json, `GET on the Location of ${what}`).toEqual(version);
      ids.push(version.id);
    }
    context
      .expect(ids[1], "id of the second agreement created")
      .toSatisfy((id) => id !== ids[0], `to differ from ${ids[0]}`);
  },
});

/**
 * As A, terms whose controllers are B and C only, and terms naming A only as a processor for B: 403
 * agreement-controller-required; B then lists no agreement with either title.
 */
export const createNeedsController = defineCheck({
  id: "lds-05/create-needs-controller",
  title: "Only a controller party creates an agreement",
  standard: "LDS-05",
  requirements: ["LDS-05-R02"],
  preconditions: [lds05Clients("A", "B")],
  async run(context) {
    const requests = agreementRequests(context);
    const base = draftTerms(context, uniqueTitle("not a controller"));
    const [a, b, c] = base.parties;
    const others = { ...base, parties: [b!, c!] };
    const processor = {
      ...base,
      title: uniqueTitle("processor creates"),
      parties: [
        b!,
        {
          organisation: a!.organisation,
          name: a!.name,
          role: "processor" as const,
          sharing_role: "recipient" as const,
          on_behalf_of: b!.organisation,
        },
      ],
    };
    for (const [terms, what] of [
      [others, "B and C as controllers"],
      [processor, "A as processor for B"],
    ] as const) {
      const { response } = await requests.create("A", terms);
      expectProblem(context, response, 403, "agreement-controller-required", `POST /agreements as A with ${what}`);
    }
    const listed = await walk<DataSharingAgreementVersion>(
      context,
      (query) => requests.list("B", query),
      "lds-05/agreement-list",
      "GET /agreements as B",
    );
    const titles = listed.map((item) => item.terms.title);
    context
      .expect(titles, "titles of GET /agreements as B")
      .toSatisfy((all) => !all.includes(others.title) && !all.includes(processor.title), "no agreement A was refused");
  },
});
