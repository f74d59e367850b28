import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { escapeToken, pointerGet, pointerJoin, pointerTokens } from "./json-pointer.ts";

describe("JSON pointers (RFC 6901)", () => {
  test.prop([fc.array(fc.string())])("tokens survive escaping and joining", (tokens) => {
    expect(pointerTokens(tokens.reduce(pointerJoin, ""))).toEqual(tokens);
  });

  test("escape ~ before /", () => {
    expect(escapeToken("a/b~c")).toBe("a~1b~0c");
    expect(pointerTokens("/a~1b~0c/~01")).toEqual(["a/b~c", "~1"]);
  });

  test("get what a pointer names", () => {
    const document = { a: [{ "b/c": 1 }], "": 2 };
    expect(pointerGet(document, "")).toBe(document);
    expect(pointerGet(document, "/a/0/b~1c")).toBe(1);
    expect(pointerGet(document, "/")).toBe(2);
    expect(pointerGet(document, "/a/1")).toBeUndefined();
    expect(pointerGet(document, "/a/01")).toBeUndefined();
    expect(pointerGet(document, "/missing/x")).toBeUndefined();
  });

  test("reject a pointer that does not start with /", () => {
    expect(() => pointerTokens("a")).toThrow();
  });
});
