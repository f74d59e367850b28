import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { upnBody } from "./arbitraries/upn.ts";
import { upn, upnCheckLetter } from "./upn.ts";

const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

describe("UPN properties", () => {
  test.prop([upnBody()])("exactly one leading letter is accepted for any body", (body) => {
    const accepted = letters.filter((letter) => upn.validate(`${letter}${body}`).valid);
    expect(accepted).toEqual([upnCheckLetter(body)]);
  });

  test.prop([upnBody()])("the check letter is never I, O or S", (body) => {
    expect(["I", "O", "S"]).not.toContain(upnCheckLetter(body));
  });
});
