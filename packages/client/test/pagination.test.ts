import { LdsTransportError } from "@lds/client";
import { createLds04Client } from "@lds/client/lds-04";
import { createLds05Client } from "@lds/client/lds-05";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { problem } from "./problems.ts";

const baseUrl = "https://paged.test/v1";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Page `number` of a collection of `total` numbered items, `size` a page, with links built by `link`. */
function page(number: number, size: number, total: number, link: (page: number) => string) {
  const totalPages = Math.ceil(total / size);
  const items = Array.from({ length: Math.max(0, Math.min(size, total - (number - 1) * size)) }, (_, i) => ({
    n: (number - 1) * size + i + 1,
  }));
  return {
    items,
    page: { number, size, total_items: total, total_pages: totalPages },
    links: {
      self: link(number),
      first: link(1),
      last: link(Math.max(1, totalPages)),
      ...(number < totalPages ? { next: link(number + 1) } : {}),
    },
  };
}

/** A collection at `path` of `total` items; the requests it was sent, with their bodies. */
function collection(method: "get" | "post", path: string, total: number, link?: (page: number) => string) {
  const seen: { url: string; body: unknown; authorization: string | null }[] = [];
  server.use(
    http[method](`${baseUrl}${path}`, async ({ request }) => {
      const url = new URL(request.url);
      seen.push({
        url: request.url,
        body: method === "post" ? await request.json() : undefined,
        authorization: request.headers.get("authorization"),
      });
      const number = Number(url.searchParams.get("page") ?? "1");
      const size = Number(url.searchParams.get("size") ?? "20");
      const self = (n: number) => {
        const target = new URL(url);
        target.searchParams.set("page", String(n));
        target.searchParams.set("size", String(size));
        return target.href;
      };
      return HttpResponse.json(page(number, size, total, link ?? self));
    }),
  );
  return seen;
}

describe("pagination as async iterators (LDS-00-R18, R19)", () => {
  test("pages follow links.next to the last page", async () => {
    const seen = collection("get", "/register/agreements", 7);
    const lds05 = createLds05Client({ baseUrl });
    const numbers: number[] = [];
    for await (const result of lds05.pages("GET", "/register/agreements", { params: { query: { size: 3 } } })) {
      if (!result.ok) throw new Error(result.problem.code);
      numbers.push(result.data.page.number);
    }
    expect(numbers).toEqual([1, 2, 3]);
    expect(seen.map((request) => new URL(request.url).searchParams.get("page"))).toEqual([null, "2", "3"]);
  });

  test("collect gathers every item in order", async () => {
    collection("get", "/register/agreements", 7);
    const result = await createLds05Client({ baseUrl }).collect("GET", "/register/agreements", {
      params: { query: { size: 2 } },
    });
    expect(result.ok && (result.data as unknown as { n: number }[]).map((item) => item.n)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  test("a POST search is followed by sending the same body to each link", async () => {
    const seen = collection("post", "/objections/$search", 5);
    const lds04 = createLds04Client({ baseUrl });
    const body = { subject: { system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990000018" } };
    const result = await lds04.collect("POST", "/objections/$search", { body, params: { query: { size: 2 } } });
    expect(result.ok && result.data).toHaveLength(5);
    expect(seen.map((request) => request.body)).toEqual([body, body, body]);
  });

  test("a page that fails ends the walk with its problem", async () => {
    server.use(
      http.get(`${baseUrl}/register/agreements`, ({ request }) => {
        const number = Number(new URL(request.url).searchParams.get("page") ?? "1");
        if (number === 2) return HttpResponse.json(problem(500, "internal-error"), { status: 500 });
        return HttpResponse.json(page(number, 1, 3, (n) => `${baseUrl}/register/agreements?page=${n}&size=1`));
      }),
    );
    const lds05 = createLds05Client({ baseUrl, retry: false });
    const outcomes: (string | number)[] = [];
    for await (const result of lds05.pages("GET", "/register/agreements")) {
      outcomes.push(result.ok ? result.data.page.number : result.problem.code);
    }
    expect(outcomes).toEqual([1, "internal-error"]);
    const all = await createLds05Client({ baseUrl, retry: false }).collect("GET", "/register/agreements");
    expect(all.ok || all.problem.code).toBe("internal-error");
  });

  test("a next link off the base URL is not followed", async () => {
    collection("get", "/register/agreements", 4, (n) => `https://elsewhere.test/v1/register/agreements?page=${n}`);
    const walk = createLds05Client({ baseUrl }).pages("GET", "/register/agreements", {
      params: { query: { size: 2 } },
    });
    expect((await walk.next()).value?.ok).toBe(true);
    await expect(walk.next()).rejects.toBeInstanceOf(LdsTransportError);
  });

  test("a next link that repeats a page is not followed twice", async () => {
    collection("get", "/register/agreements", 6, () => `${baseUrl}/register/agreements?page=2&size=2`);
    const result = createLds05Client({ baseUrl }).collect("GET", "/register/agreements", {
      params: { query: { size: 2 } },
    });
    await expect(result).rejects.toThrow(/repeats an earlier page/);
  });
});
