import { canonicalize } from "@lds/canonical-json";
import type { AuditEvent } from "@lds/types/lds-07";
import { defineCheck } from "../../engine/check.ts";
import { REQUESTERS } from "../lds-06/sandbox.ts";
import {
  auditorDeclared,
  auditorOf,
  eventHash,
  GENESIS,
  readChain,
  readEvent,
  searchAll,
  searchPage,
} from "./audit-trail.ts";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The hash chain (LDS-07-R09 to R12, R14): the auditor walks every event up to the chain's length and recomputes
 * each hash with the suite's own RFC 8785 implementation, checks sequences 1 to length, the genesis value and every
 * link, random v4 ids and non-decreasing recorded_at; a requester organisation walks the chain links and finds its
 * own events at their sequences; the head stays the event at its sequence, and events read again are unchanged.
 */
export const hashChain = defineCheck({
  id: "lds-07/hash-chain",
  title: "The audit chain is contiguous, every hash recomputes and every event links to the one before",
  standard: "LDS-07",
  requirements: ["LDS-07-R09", "LDS-07-R10", "LDS-07-R11", "LDS-07-R12", "LDS-07-R13", "LDS-07-R14"],
  preconditions: [auditorDeclared],
  async run(context) {
    const auditor = await context.token(auditorOf(context));
    // Two audited requests of its own, so that the chain has at least two events to link.
    await searchPage(context, auditor, { sequence_to: 1 });
    await searchPage(context, auditor, { sequence_to: 1 });
    const chainResponse = await readChain(context, auditor);
    context.expect(chainResponse.status, "status of GET /audit-chain (auditor)").toBe(200);
    context.expect(chainResponse.json, "body of GET /audit-chain").toBeValid("lds-07/audit-chain");
    const chain = chainResponse.json as {
      length: number;
      head?: { sequence: number; hash: string; recorded_at: string };
    };
    if (chain.length === 0) return context.skip("the audit chain is empty");
    const events = await searchAll(context, auditor, { sequence_to: chain.length }, `sequence_to ${chain.length}`);
    context
      .expect(
        events.map((event) => event.sequence),
        "sequences of every event up to the chain length",
      )
      .toEqual(Array.from({ length: chain.length }, (_, index) => index + 1));
    let previous: AuditEvent | undefined;
    for (const event of events) {
      const what = `event ${event.sequence} (${event.id})`;
      context.expect(event, what).toBeValid("lds-07/audit-event");
      context
        .expect(event.hash, `hash of ${what}, against SHA-256 of its RFC 8785 form without hash`)
        .toBe(eventHash(event as never));
      context.expect(event.prev_hash, `prev_hash of ${what}`).toBe(previous ? previous.hash : GENESIS);
      context.expect(event.id, `id of ${what}`).toMatch(V4);
      if (previous) {
        context
          .expect(
            event.recorded_at,
            `recorded_at of ${what}, after event ${previous.sequence}'s ${previous.recorded_at}`,
          )
          .toSatisfy(
            (at) => Date.parse(at) >= Date.parse(previous!.recorded_at),
            "not earlier than the previous event's",
          );
      }
      previous = event;
    }
    const head = chain.head;
    context
      .expect(head, "head of GET /audit-chain")
      .toEqual({ sequence: previous!.sequence, hash: previous!.hash, recorded_at: previous!.recorded_at });
    // A requester organisation verifies its own events against the links.
    const requester = REQUESTERS.find((org) => context.declaration.clients[org]?.scopes.includes("lds-07:read"));
    if (requester) {
      const token = await context.token(requester, ["lds-07:read"]);
      const own = await readChain(context, token);
      context.expect(own.status, `status of GET /audit-chain by ${requester} (lds-07:read)`).toBe(200);
      const links: { sequence: number; prev_hash: string; hash: string }[] = [];
      for (let page = 1; ; page++) {
        const { response } = await context.http.request({
          path: "/audit-chain/links",
          query: { sequence_from: "1", sequence_to: String(chain.length), page: String(page), size: "100" },
          headers: { authorization: `Bearer ${token}` },
        });
        context.expect(response.status, `status of GET /audit-chain/links page ${page} by ${requester}`).toBe(200);
        context
          .expect(response.json, `body of GET /audit-chain/links page ${page}`)
          .toBeValid("lds-07/chain-link-list");
        const list = response.json as { items: typeof links; page: { total_pages: number } };
        links.push(...list.items);
        if (page >= list.page.total_pages) break;
      }
      context
        .expect(links, `links 1 to ${chain.length} read by ${requester}`)
        .toEqual(events.map((event) => ({ sequence: event.sequence, prev_hash: event.prev_hash, hash: event.hash })));
    }
    // Events read again are unchanged (LDS-07-R12).
    for (const event of [events[0]!, events[Math.floor(events.length / 2)]!, previous!]) {
      const again = await readEvent(context, auditor, event.id);
      context.expect(again.status, `status of GET /audit-events/${event.id}`).toBe(200);
      context
        .expect(canonicalize(again.json), `event ${event.sequence} read again by GET /audit-events/{id}`)
        .toBe(canonicalize(event));
    }
    const later = (await readChain(context, auditor)).json as { length: number };
    context
      .expect(later.length, "length of the chain read again")
      .toSatisfy((length) => length >= chain.length, `at least ${chain.length}`);
  },
});
