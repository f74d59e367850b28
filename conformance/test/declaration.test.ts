import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DeclarationError } from "../src/declaration/declaration-error.ts";
import { loadDeclaration, parseDeclaration } from "../src/declaration/load.ts";
import { declarationFor, validator } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "lds-declaration-"));
const good = declarationFor("https://platform.example/lds/v1", {
  supplier: { name: "Example Ltd" },
  standards: [
    { id: "LDS-00", version: "1.0.0" },
    { id: "LDS-01", version: "1.0.0" },
  ],
});

function problemsOf(text: string) {
  try {
    parseDeclaration(text, validator, "declaration.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(DeclarationError);
    return (error as DeclarationError).problems;
  }
  throw new Error("the declaration was accepted");
}

describe("a supplier declaration", () => {
  test("is read from YAML or JSON", () => {
    const yaml = join(dir, "declaration.yaml");
    writeFileSync(
      yaml,
      [
        "base_url: https://platform.example/lds/v1",
        "standards:",
        "  - { id: LDS-00, version: 1.0.0 }",
        "token_endpoint: https://auth.platform.example/token",
        "clients:",
        "  org-test-requester-a: { client_id: a, client_secret: s, scopes: [lds-01:validate] }",
      ].join("\n"),
    );
    expect(loadDeclaration(yaml, validator).base_url).toBe("https://platform.example/lds/v1");
    const json = join(dir, "declaration.json");
    writeFileSync(json, JSON.stringify(good));
    expect(loadDeclaration(json, validator)).toEqual(good);
  });

  test("with many faults gets one error listing every one of them, schema and beyond", () => {
    const bad = {
      ...good,
      base_url: "https://platform.example/lds/",
      standards: [
        { id: "LDS-01", version: "9.0.0" },
        { id: "LDS-99", version: "1.0.0" },
        { id: "LDS-01", version: "1.0.0" },
      ],
      token_endpoint: "http://elsewhere.example/token",
      clients: { "org-nobody": { client_id: "x", client_secret: "y", scopes: [] } },
      colour: "blue",
    };
    const problems = problemsOf(JSON.stringify(bad));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: "/base_url", message: expect.stringMatching(/^pattern/) }),
        expect.objectContaining({ pointer: "/colour", message: expect.stringMatching(/^unknown-member/) }),
        { pointer: "/standards/0/version", message: "LDS-01 has no published version 9.0.0 (published: 1.0.0)" },
        { pointer: "/standards/1/id", message: "LDS-99 is not an LDS standard" },
        { pointer: "/standards/2/id", message: "LDS-01 is claimed twice" },
        { pointer: "/standards", message: "LDS-00 must be claimed: every LDS platform implements it" },
        {
          pointer: "/token_endpoint",
          message: "the token endpoint must be on the base URL's origin (https://platform.example) or use https",
        },
        { pointer: "/clients/org-nobody", message: "org-nobody is not a persona organisation (standards/personas)" },
      ]),
    );
  });

  test("that is not YAML lists its parse errors with lines; one that cannot be read says so", () => {
    expect(problemsOf("base_url: [unclosed\nstandards: {")[0]?.message).toMatch(/^line \d+:/);
    expect(() => loadDeclaration(join(dir, "missing.yaml"), validator)).toThrow(/cannot read it \(ENOENT\)/);
  });

  test("that is not an object is refused with the schema's reason", () => {
    expect(problemsOf("- just\n- a list")).toEqual([
      expect.objectContaining({ pointer: "", message: expect.stringMatching(/^type/) }),
    ]);
  });

  test("the error message is one line listing every problem", () => {
    try {
      parseDeclaration(JSON.stringify({ ...good, base_url: 1, standards: [] }), validator, "d.json");
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
      expect((error as Error).message).toMatch(/^d\.json is not a usable declaration \(\d+ problems\): \/base_url/);
    }
  });

  test("a same-origin token endpoint over http is fine for a loopback sandbox", () => {
    const local = declarationFor("http://127.0.0.1:8080/v1");
    expect(parseDeclaration(JSON.stringify(local), validator)).toEqual(local);
  });
});
