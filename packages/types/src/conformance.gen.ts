/* eslint-disable */
// Generated from standards/conformance by @lds/codegen. Do not edit: change the schemas and run `pnpm generate`.

// https://standards.lds.example/conformance/declaration.schema.json
/**
 * What a supplier declares about the platform it submits for conformance testing: where it is, which LDS standards and versions it claims, and how the conformance suite obtains tokens for the test organisations of the sandbox. The suite tests exactly what is declared, and the signed report states it. Written in YAML or JSON.
 */
export interface SupplierDeclaration {
  $schema?: string;
  /**
   * Who submits the platform.
   */
  supplier?: {
    name: string;
    contact_email?: string;
  };
  /**
   * The product under test.
   */
  platform?: {
    name: string;
    version?: string;
  };
  /**
   * The platform's base URL, ending in /v{major} (LDS-00-R24), without a trailing slash.
   */
  base_url: string;
  /**
   * The standards and versions claimed. The suite tests these and no others.
   *
   * @minItems 1
   *
   * Items: One standard, at the version claimed.
   */
  standards: {
    id: string;
    version: string;
  }[];
  /**
   * The OAuth 2.0 token endpoint for the client credentials grant (RFC 6749 section 4.4).
   */
  token_endpoint: string;
  /**
   * Client credentials for the sandbox's test organisations, keyed by the persona organisation id they act for (standards/personas): at least the three test requester organisations, and an auditor for LDS-07.
   */
  clients: {
    /**
     * How the suite authenticates as one organisation.
     */
    [k: string]:
      | {
          client_id: string;
          /**
           * A sandbox secret; reports never contain it.
           */
          client_secret: string;
          /**
           * The scopes the client may be granted.
           */
          scopes: string[];
        }
      | undefined;
  };
  /**
   * Optional: POSTing here (with the auditor's token) returns the sandbox to its seeded state. Only on sandbox hosts.
   */
  sandbox_reset_url?: string;
  /**
   * The version of the LDS personas data set the sandbox is seeded with.
   */
  personas_version?: string;
}
