import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { tokenEndpoint } from "./auth/token-endpoint.ts";
import type { OperationHandler, PlatformContext } from "./context.ts";
import { ProblemError } from "./http/problem.ts";
import { problemResponse } from "./http/problem-response.ts";
import { honoPath, mountOperations } from "./http/router.ts";

/** The largest request body the platform reads (LDS-00 `content-too-large`). */
const MAX_BODY_BYTES = 1024 * 1024;

/** Whether a path matches an operation path template of the standards. */
const matcher = (template: string) =>
  new RegExp(
    `^${honoPath(template)
      .replace(/[$.]/g, "\\$&")
      .replace(/:[^/]+/g, "[^/]+")}/?$`,
  );

/**
 * The platform as a Hono app: every operation of the standards under the base path, the token endpoint, and the
 * LDS-00 behaviours every response shares — `API-Version`, `Date`, problem details for every error, 404 and 405.
 */
export function createApp(context: PlatformContext, handlers: Readonly<Record<string, OperationHandler>>): Hono {
  const { basePath, apiVersion } = context.config;
  const app = new Hono({ strict: false });
  app.use("*", async (c, next) => {
    await next();
    c.header("API-Version", apiVersion);
    // Taken once the answer is complete, so no audit event of the request is later than it (LDS-07-R13); the HTTP
    // server's own Date header is cached and can lag behind on a busy machine.
    c.header("Date", context.now().toUTCString());
  });
  app.use(
    `${basePath}/*`,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ProblemError(413, "content-too-large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  app.post(`${basePath}/token`, (c) => tokenEndpoint(c, context));
  mountOperations(app, context, handlers);

  const templates = context.operations.map((operation) => ({
    method: operation.method.toUpperCase(),
    pattern: matcher(`${basePath}${operation.path}`),
  }));
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = [...new Set(templates.filter((t) => t.pattern.test(path)).map((t) => t.method))];
    if (allowed.length) {
      c.header("Allow", allowed.join(", "));
      return problemResponse(
        c,
        context,
        new ProblemError(405, "method-not-allowed", `Allowed: ${allowed.join(", ")}.`),
      );
    }
    return problemResponse(c, context, new ProblemError(404, "not-found", "No LDS operation has this path."));
  });
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, context, error);
    console.error(`lds platform: ${error.name}: ${error.message}`);
    return problemResponse(c, context, new ProblemError(500, "internal-error", "The platform failed unexpectedly."));
  });
  return app;
}
