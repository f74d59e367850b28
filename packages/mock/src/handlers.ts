import type { Platform } from "@lds/platform";
import { type HttpHandler, http } from "msw";

/**
 * msw handlers that answer every request under the base URL — the LDS operations and the token endpoint — with the
 * platform app, in-process. `platform` is read on each request, so the handlers outlive a reset.
 */
export function platformHandlers(baseUrl: string, platform: () => Platform): HttpHandler[] {
  const answer = ({ request }: { request: Request }) => platform().fetch(request);
  return [http.all(baseUrl, answer), http.all(`${baseUrl}/*`, answer)];
}
