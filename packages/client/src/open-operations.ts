/** Turns `get /agreements/{agreement_id}` into a test of a method and a path relative to the base URL. */
function matcher(operation: string): (method: string, path: string) => boolean {
  const [method = "", template = ""] = operation.split(" ");
  const pattern = new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]+")}/?$`,
  );
  return (m, path) => m.toLowerCase() === method && pattern.test(path);
}

/** Where a request goes relative to an LDS base URL. */
export interface BaseUrl {
  /** Whether `url` is the base URL or under it: the only URLs a token is sent to. */
  contains(url: URL): boolean;
  /** The path of `url` after the base URL's path: `/agreements/…`, `/` for the base URL itself. */
  relativePath(url: URL): string;
}

export function baseUrlOf(baseUrl: string): BaseUrl {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  return {
    contains: (url) =>
      url.origin === base.origin && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)),
    relativePath: (url) => url.pathname.slice(basePath.length) || "/",
  };
}

/**
 * Whether a request is to one of a standard's open operations (declared with `security: []`), which carry no
 * personal data and are called without a token (LDS-00-R14).
 */
export function openOperationTest(operations: readonly string[], base: BaseUrl): (request: Request) => boolean {
  const tests = operations.map(matcher);
  return (request) => {
    const url = new URL(request.url);
    const path = base.relativePath(url);
    return base.contains(url) && tests.some((test) => test(request.method, path));
  };
}
