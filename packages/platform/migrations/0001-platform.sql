-- The organisations that may ask for tokens (OAuth 2.0 clients, RFC 6749 section 2).
CREATE TABLE clients (
  client_id text PRIMARY KEY,
  -- scrypt: "<salt hex>:<key hex>"; the secret itself is never stored
  secret_hash text NOT NULL,
  organisation_system text NOT NULL,
  organisation_value text NOT NULL,
  organisation_name text NOT NULL,
  -- space-separated OAuth scopes the client may be granted
  scopes text NOT NULL,
  created_at text NOT NULL
);
