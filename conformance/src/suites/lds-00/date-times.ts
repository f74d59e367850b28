import { defineCheck } from "../../engine/check.ts";
import { collections, requestPage } from "./collections.ts";
import { appliedSchemas } from "./schema-walk.ts";
import { tour } from "./tour.ts";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const realDate = (year: string, month: string, day: string) => {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
};

/** An RFC 3339 date-time in UTC written with Z, or a full-date, that names a real instant or day. */
export function isLdsDateTime(value: unknown): boolean {
  const match = typeof value === "string" ? DATE_TIME.exec(value) : null;
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match as unknown as string[];
  return realDate(year!, month!, day!) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 61;
}

export function isLdsDate(value: unknown): boolean {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  return match !== null && realDate(match[1]!, match[2]!, match[3]!);
}

/** A date-time written with an offset other than Z: what a request with a local time looks like. */
const WITH_OFFSET = "2025-04-01T10:30:00+01:00";

/**
 * Members whose schema has `format: date-time` are UTC date-times with Z, and `format: date` full-dates (LDS-00-R04):
 * in every response body of the tour, found by walking each body with its schema. A request carrying a date-time with
 * an offset, in a collection search whose body has a date-time member, is 422 with an error at that member.
 */
export const dateTimes = defineCheck({
  id: "lds-00/date-times",
  title: "Date-times are UTC with Z, dates are YYYY-MM-DD",
  standard: "LDS-00",
  requirements: ["LDS-00-R04"],
  async run(context) {
    let found = 0;
    for (const { operation, what, exchange } of await tour(context)) {
      const schema = operation?.responses.find(
        (candidate) => candidate.status === String(exchange.response.status),
      )?.schema;
      if (!schema || exchange.response.json === undefined) continue;
      for (const { pointer, value, schema: applied } of appliedSchemas(
        context.catalogue,
        schema,
        exchange.response.json,
      )) {
        if (applied.format === "date-time") {
          found++;
          context
            .expect(value, `${pointer} of ${what} (format date-time)`, exchange.recorded)
            .toSatisfy(isLdsDateTime, "an RFC 3339 date-time in UTC written with Z, such as 2025-04-01T09:30:00Z");
        }
        if (applied.format === "date") {
          found++;
          context
            .expect(value, `${pointer} of ${what} (format date)`, exchange.recorded)
            .toSatisfy(isLdsDate, "an RFC 3339 full-date YYYY-MM-DD that is a real day");
        }
      }
    }
    context.expect(found, "date and date-time members observed on the tour").toSatisfy((n) => n > 0, "at least one");

    for (const collection of collections(context)) {
      const requestSchema = collection.operation.requestBody?.schema;
      if (!requestSchema || !collection.json || typeof collection.json !== "object") continue;
      const members = [...appliedSchemas(context.catalogue, requestSchema, collection.json)]
        .filter(({ pointer }) => pointer === "")
        .flatMap(({ schema }) => Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>))
        .filter(([, member]) => member.format === "date-time")
        .map(([name]) => name);
      for (const name of members.slice(0, 1)) {
        const body = { ...collection.json, [name]: WITH_OFFSET };
        const what = `${collection.what} with ${name} written with the offset +01:00`;
        const { response } = await requestPage(context, { ...collection, json: body });
        context.expect(response.status, `status of ${what}`).toBe(422);
        const errors = (response.json as { errors?: { pointer?: string }[] } | undefined)?.errors ?? [];
        context
          .expect(errors, `errors of ${what}`)
          .toSatisfy(
            (list) => list.some((error) => error.pointer === `/${name}`),
            `an error whose pointer is /${name}`,
          );
      }
    }
  },
});
