import type { Platform, SandboxClient } from "@lds/platform";

/** A bearer token for a sandbox client, from the platform's own token endpoint (client credentials grant). */
export async function sandboxToken(platform: Platform, client: SandboxClient): Promise<string> {
  const response = await platform.fetch(
    new Request(`http://127.0.0.1${platform.context.config.basePath}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    }),
  );
  if (response.status !== 200) throw new Error(`token endpoint: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
