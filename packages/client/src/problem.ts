import type { Problem, ValidationError } from "@lds/types/lds-00";
import { problemTypes } from "./problem-types.gen.ts";

export type { Problem, ValidationError };

/** The URI of an LDS problem type (LDS-00 section 8). */
export const problemType = (code: string): string => `https://standards.lds.example/problems/${code}`;

/**
 * The LDS-00 problem for an HTTP status, for an error the client must describe itself: a response without a problem
 * body, a refused token request, a request that failed validation before it was sent. The code is LDS-00's code for
 * the status, or `client-error` / `server-error` for a status LDS-00 gives no code of its own.
 */
export function problemFor(status: number, detail: string, errors?: readonly ValidationError[]): Problem {
  const entry =
    problemTypes.find((type) => type.status === String(status)) ??
    problemTypes.find((type) => type.status === (status >= 500 ? "5XX" : "4XX"));
  const code = entry?.code ?? (status >= 500 ? "server-error" : "client-error");
  return {
    type: problemType(code),
    title: entry?.title ?? code,
    status,
    code,
    detail,
    ...(errors?.length ? { errors: [...errors] } : {}),
  };
}

/** Whether a parsed body has the members every LDS problem has (LDS-00-R06). */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const { type, title, status, code } = body as Record<string, unknown>;
  return (
    typeof type === "string" && typeof title === "string" && typeof status === "number" && typeof code === "string"
  );
}

/** The problem an error response stands for: its own problem body, or one made from its status. */
export function problemOf(response: Response, body: unknown): Problem {
  if (isProblem(body)) return body;
  const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
  const said =
    typeof oauth?.error === "string"
      ? `: ${oauth.error}${typeof oauth.error_description === "string" ? ` (${oauth.error_description})` : ""}`
      : "";
  return problemFor(response.status, `The response (${response.status}) carried no LDS problem details${said}.`);
}

/** A problem as the `application/problem+json` response a platform would have sent. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...headers, "content-type": "application/problem+json" },
  });
}
