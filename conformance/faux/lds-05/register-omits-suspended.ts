import type { RegisterEntry } from "@lds/types/lds-05";
import { defineFaux, pathOf, withJson } from "../faux.ts";
import { json, REGISTER } from "./agreement-paths.ts";

/**
 * Publishes only the agreements whose latest version is active, so suspended and terminated agreements under which
 * data was shared disappear from the register.
 */
export const registerOmitsSuspended = defineFaux({
  name: "register-omits-suspended",
  breaks: "LDS-05-R32",
  description: "the register leaves out agreements that are suspended or terminated",
  wrap: (fetch) => async (request) => {
    const match = REGISTER.exec(pathOf(request));
    const response = await fetch(request);
    if (request.method !== "GET" || !match || response.status !== 200) return response;
    if (match[1] !== undefined) {
      const entry = (await response.clone().json()) as RegisterEntry;
      if (entry.status === "active") return response;
      return json(
        {
          type: "https://standards.lds.example/problems/not-found",
          title: "Not found",
          status: 404,
          code: "not-found",
        },
        404,
        { "content-type": "application/problem+json", "access-control-allow-origin": "*" },
      );
    }
    return withJson(response, (body) => {
      const page = body as { items: RegisterEntry[]; page: { total_items: number } };
      const items = page.items.filter((entry) => entry.status === "active");
      return {
        ...page,
        items,
        page: { ...page.page, total_items: page.page.total_items - (page.items.length - items.length) },
      };
    });
  },
});
