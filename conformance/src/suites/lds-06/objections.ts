import type { CheckContext } from "../../engine/context.ts";
import type { Identifier } from "./sandbox.ts";

/** The organisation the suite records objections as: the first declared client allowed to create them. */
export function objectionRecorder(context: CheckContext): string {
  const recorder = context.clientFor(context.operation("createObjection"));
  if (!recorder) throw new Error("no declared client may call createObjection");
  return recorder;
}

/** Records a subject's objection through LDS-04 (createObjection); returns its id. */
export async function recordObjection(context: CheckContext, subject: Identifier, purposes: readonly string[]) {
  const token = await context.token(objectionRecorder(context));
  const { response } = await context.http.request({
    method: "POST",
    path: "/objections",
    headers: { authorization: `Bearer ${token}` },
    json: { subject, purposes, actor: { role: "subject" }, channel: "online" },
  });
  context.expect(response.status, "status of POST /objections (recording an objection through LDS-04)").toBe(201);
  return (response.json as { id: string }).id;
}

/** Withdraws an objection at the subject's request through LDS-04 (withdrawObjection). */
export async function withdrawObjection(context: CheckContext, id: string) {
  const token = await context.token(objectionRecorder(context));
  const { response } = await context.http.request({
    method: "POST",
    path: `/objections/${id}/$withdraw`,
    headers: { authorization: `Bearer ${token}` },
    json: { reason: "subject-request", actor: { role: "subject" }, channel: "online" },
  });
  context
    .expect(response.status, `status of POST /objections/${id}/$withdraw (withdrawing it through LDS-04)`)
    .toBe(200);
}
