import type { LdsResult, Problem } from "@lds/client";
import { createLds04Client } from "@lds/client/lds-04";
import { createLds05Client } from "@lds/client/lds-05";
import type { Objection } from "@lds/types/lds-04";
import type { AgreementStatus } from "@lds/types/lds-05";
import { expect, expectTypeOf, test } from "vitest";

// The typing contract, checked by `tsc` (the @ts-expect-error lines fail the typecheck when they stop being errors);
// the requests are built but never sent.
const lds04 = createLds04Client({ baseUrl: "https://types.test/v1", fetch: () => Promise.reject(new Error("unsent")) });
const lds05 = createLds05Client({ baseUrl: "https://types.test/v1", fetch: () => Promise.reject(new Error("unsent")) });

function requests() {
  // @ts-expect-error the body of createObjection is required
  lds04.POST("/objections");
  // @ts-expect-error a path the standard does not define
  lds05.GET("/agreements/{agreement_id}/approvals", { params: { path: { agreement_id: "x" } } });
  // @ts-expect-error the path parameter is required
  lds05.GET("/agreements/{agreement_id}", {});
  // @ts-expect-error pages only walks collection operations
  lds05.pages("GET", "/agreements/{agreement_id}", { params: { path: { agreement_id: "x" } } });
  return [
    lds05.GET("/register/agreements"),
    lds05.GET("/agreements", { params: { query: { status: "active", size: 5 } } }),
    lds04.collect("POST", "/objections/$search", { body: {} as never }),
  ] as const;
}

test("results are typed from the OpenAPI documents, problems from LDS-00", () => {
  type Results = ReturnType<typeof requests>;
  type Listed = Awaited<Results[1]>;
  expectTypeOf<Extract<Listed, { ok: true }>["data"]["items"][number]["status"]>().toEqualTypeOf<AgreementStatus>();
  expectTypeOf<Extract<Listed, { ok: false }>["problem"]>().toEqualTypeOf<Problem>();
  type Found = Extract<Awaited<Results[2]>, { ok: true }>["data"];
  expectTypeOf<Found[number]["status"]>().toEqualTypeOf<Objection["status"]>();
  expectTypeOf<Awaited<Results[0]>>().toExtend<LdsResult<unknown>>();
  expect(typeof requests).toBe("function");
});
