import { problemType } from "@lds/client";

/** An LDS problem body for a test platform to answer with. */
export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: problemType(code),
  title: code,
  status,
  code,
  ...extra,
});
