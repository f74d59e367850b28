import type { APIInformation as ApiInfo } from "@lds/types/lds-00";
import { defineCheck } from "../../engine/check.ts";
import type { CheckContext } from "../../engine/context.ts";
import { tour } from "./tour.ts";

const numbers = (version: string) => version.split(".").map(Number) as [number, number, number];
const notLower = (later: string, earlier: string) => {
  const [a, b] = [numbers(later), numbers(earlier)];
  for (let index = 0; index < 3; index++) if (a[index] !== b[index]) return a[index]! > b[index]!;
  return true;
};

async function apiInfo(context: CheckContext): Promise<ApiInfo> {
  const { response } = await context.http.request({ path: "/" });
  context.expect(response.json, "body of GET /").toBeValid("lds-00/api-info");
  return response.json as ApiInfo;
}

/** A later ApiInfo of the same base URL makes only compatible changes to an earlier one (LDS-00-R25). */
export function expectCompatible(context: CheckContext, earlier: ApiInfo, later: ApiInfo, when: string) {
  context.expect(later.base_url, `ApiInfo.base_url ${when}`).toBe(earlier.base_url);
  const [major] = numbers(earlier.api_version);
  context
    .expect(later.api_version, `ApiInfo.api_version ${when} (was ${earlier.api_version})`)
    .toSatisfy(
      (version) => numbers(version)[0] === major && notLower(version, earlier.api_version),
      `major ${major}, not lower`,
    );
  for (const standard of earlier.standards) {
    const now = later.standards.find((candidate) => candidate.id === standard.id);
    context
      .expect(now?.version, `version of ${standard.id} in ApiInfo.standards ${when} (was ${standard.version})`)
      .toSatisfy(
        (version) =>
          version !== undefined &&
          numbers(version)[0] === numbers(standard.version)[0] &&
          notLower(version, standard.version),
        `still listed, at major ${numbers(standard.version)[0]} and not lower than ${standard.version}`,
      );
  }
}

/**
 * Only compatible changes under a base URL (LDS-00-R25): ApiInfo read before and after a tour of the platform lists
 * every standard it listed, at the same major version and no lower, with an api_version of the same major and no
 * lower; and the standards the supplier claims are listed at the versions claimed. Comparing with the ApiInfo of
 * earlier runs needs the record of those runs, which a single run does not have.
 */
export const compatibleChanges = defineCheck({
  id: "lds-00/compatible-changes",
  title: "ApiInfo changes only compatibly under one base URL",
  standard: "LDS-00",
  requirements: ["LDS-00-R25"],
  async run(context) {
    const before = await apiInfo(context);
    await tour(context);
    const after = await apiInfo(context);
    expectCompatible(context, before, after, "after a tour of the platform");
    const claimed = { ...before, standards: context.declaration.standards.map(({ id, version }) => ({ id, version })) };
    expectCompatible(context, claimed, after, "compared with the standards the declaration claims");
  },
});
