import { defineFaux, pathOf, withJson } from "../faux.ts";

/** Labels the export as the result of a FHIR search (Bundle type searchset) instead of a collection. */
export const fhirExportAsSearchset = defineFaux({
  name: "fhir-export-as-searchset",
  breaks: "LDS-07-R23",
  description: "exports audit events in a Bundle of type searchset instead of collection",
  wrap: (fetch) => async (request) => {
    const response = await fetch(request);
    if (pathOf(request) !== "/audit-events/fhir/$search" || response.status !== 200) return response;
    return withJson(response, (bundle) => ({ ...(bundle as object), type: "searchset" }));
  },
});
