import type { Catalogue } from "@lds/catalogue";
import { block, code, escapeHtml, facts, heading, link, table } from "./internal/html.ts";
import type { SiteLinks } from "./links.ts";
import { prose } from "./prose.ts";

type Personas = NonNullable<Catalogue["personas"]>;
type Identifier = Personas["people"][number]["identifiers"][number];

/** The titles LDS-01's identifier system code list gives each system URI. */
function systemTitles(catalogue: Catalogue): ReadonlyMap<string, string> {
  const list = catalogue.schemas.find((schema) => schema.id.endsWith("/identifier-system.schema.json"));
  const options = (list?.schema.oneOf ?? []) as { const?: unknown; title?: unknown }[];
  return new Map(options.map((option) => [String(option.const), String(option.title ?? option.const)]));
}

const same = (a: Identifier, b: Identifier) => a.system === b.system && a.value === b.value;

/**
 * The personas page: the synthetic people and organisations of `standards/personas/personas.yaml`, with what the
 * data set holds about each person (objections, consent records, records held) and its data sharing agreements.
 */
export function personasPage(catalogue: Catalogue, links: SiteLinks): string[] {
  const personas = catalogue.personas;
  const lines = ["---\ntitle: Personas\n---", "# Personas"];
  if (!personas) return [...lines, block("p", "The standards folder holds no personas.")];
  const systems = systemTitles(catalogue);
  const identifiers = (list: readonly Identifier[]) =>
    list.map((id) => `${escapeHtml(systems.get(id.system) ?? id.system)} ${code(id.value)}`).join("<br>");
  const organisations = new Map(personas.organisations.map((organisation) => [organisation.id, organisation]));
  const organisation = (id: string) => link(`#${id}`, escapeHtml(organisations.get(id)?.name ?? id));
  const format = catalogue.meta.find((schema) => schema.name === "personas");
  lines.push(
    block("p", prose(String(format?.schema.description ?? ""), links)),
    block(
      "p",
      `Version ${escapeHtml(personas.version)}: ${personas.people.length} people, ${personas.organisations.length} organisations, ${personas.agreements?.length ?? 0} agreement versions, ${personas.objections?.length ?? 0} objections, ${personas.consents?.length ?? 0} consent records and ${personas.records?.length ?? 0} records held. The data: ${link(links.file(`${catalogue.root}/personas/personas.yaml`), code("personas.yaml"))}${format ? `; its format: ${link(links.schema(format.id)!.url, "the personas schema")}` : ""}.`,
    ),
    heading(2, "People", "people"),
  );
  for (const person of personas.people) {
    const objections = (personas.objections ?? []).filter((o) => person.identifiers.some((id) => same(id, o.subject)));
    const consents = (personas.consents ?? []).filter((c) => person.identifiers.some((id) => same(id, c.subject)));
    const records = (personas.records ?? []).filter((record) => record.person === person.id);
    lines.push(heading(3, `${person.name.given} ${person.name.family}`, person.id));
    lines.push(block("p", prose(person.story, links)));
    const rows: [string, string][] = [
      ["Persona", code(person.id)],
      ["Born", escapeHtml(person.birth_date) + (person.death_date ? `; died ${escapeHtml(person.death_date)}` : "")],
      ["Identifiers", identifiers(person.identifiers)],
    ];
    if (person.household) rows.push(["Household", code(person.household)]);
    if (person.addresses?.length) {
      const addresses = person.addresses.map(
        (address) =>
          `${code(address.postcode)} in ${organisation(address.local_authority)}, from ${escapeHtml(address.from)}${address.to ? ` to ${escapeHtml(address.to)}` : ""}`,
      );
      rows.push(["Addresses", addresses.join("<br>")]);
    }
    if (objections.length) {
      rows.push([
        "Objections",
        objections.map((o) => `${escapeHtml(o.status)}: ${o.purposes.map(code).join(", ")}`).join("<br>"),
      ]);
    }
    if (consents.length) {
      rows.push(["Consent records", consents.map((c) => escapeHtml(c.state)).join(", ")]);
    }
    if (records.length) {
      rows.push([
        "Records held",
        records.map((record) => `${code(record.record_type)} by ${organisation(record.source)}`).join("<br>"),
      ]);
    }
    if (person.tags?.length) rows.push(["Tags", person.tags.map(code).join(" ")]);
    lines.push(facts(rows));
  }
  lines.push(heading(2, "Organisations", "organisations"));
  for (const org of personas.organisations) {
    lines.push(heading(3, org.name, org.id));
    const rows: [string, string][] = [
      ["Organisation", code(org.id)],
      ["Kind", escapeHtml(org.kind)],
      ["Identifiers", identifiers(org.identifiers)],
    ];
    if (org.description) rows.push(["What it is for", prose(org.description, links)]);
    lines.push(facts(rows));
  }
  const agreements = new Map<string, NonNullable<Personas["agreements"]>[number]>();
  for (const version of personas.agreements ?? []) agreements.set(version.id, version);
  if (agreements.size) {
    lines.push(heading(2, "Data sharing agreements", "agreements"));
    lines.push(
      table(
        ["Agreement", "Reference", "Latest version", "Status", "Parties"],
        [...agreements.values()].map((latest) => [
          escapeHtml(latest.terms.title),
          code(latest.terms.reference ?? ""),
          String(latest.version),
          escapeHtml(latest.status),
          latest.terms.parties.map((party) => escapeHtml(party.name)).join("<br>"),
        ]),
      ),
    );
  }
  return lines;
}
