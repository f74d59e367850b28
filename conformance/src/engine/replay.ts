/** A `--replay` argument: one property of one check, at one generated case. */
export interface ReplayTarget {
  readonly check: string;
  readonly property: string;
  /** fast-check's path to the case. */
  readonly path: string;
  /** A stateful check's command replay path. */
  readonly replayPath?: string;
}

/** `<check id>#<property>@<path>[@<replay path, URI-encoded>]`: `lds-00/bad-input#bodies@12:0:3`. */
export function formatReplay(target: ReplayTarget): string {
  const base = `${target.check}#${target.property}@${target.path}`;
  return target.replayPath === undefined ? base : `${base}@${encodeURIComponent(target.replayPath)}`;
}

/** The target of a `--replay` argument, or undefined when it is malformed. */
export function parseReplay(text: string): ReplayTarget | undefined {
  const match = /^(lds-\d{2}\/[a-z0-9-]+)#([a-z0-9-]+)@([0-9:]+)(?:@(.+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, check = "", property = "", path = "", replayPath] = match;
  return { check, property, path, ...(replayPath === undefined ? {} : { replayPath: decodeURIComponent(replayPath) }) };
}
