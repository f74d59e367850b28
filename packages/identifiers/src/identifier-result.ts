// The outcome of validating one identifier value: either valid, with its canonical form, or invalid,
// with exactly one issue (LDS-01-R14), whose message names everything found wrong. Issue messages
// never repeat the whole value, so they are safe to return in API problem responses and to write to
// logs.

export type IdentifierIssue = { code: string; message: string };

export type IdentifierResult =
  | { valid: true; canonical: string; errors: []; warnings?: IdentifierIssue[] }
  | { valid: false; errors: [IdentifierIssue]; warnings?: IdentifierIssue[] };
