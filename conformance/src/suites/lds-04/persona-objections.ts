import type { CheckContext } from "../../engine/context.ts";
import type { Identifier } from "./api.ts";

/** An objection the personas seed (personas.yaml `objections`). */
export interface PersonaObjection {
  readonly id: string;
  readonly subject: Identifier;
  readonly purposes: readonly string[];
  readonly status: "active" | "withdrawn";
  readonly events: readonly Record<string, unknown>[];
}

/** The objections every platform holds after seeding the personas. */
export const personaObjections = (context: CheckContext) =>
  (context.catalogue.personas?.objections ?? []) as unknown as readonly PersonaObjection[];
