import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { validNhsNumber } from "./arbitraries/nhs-number.ts";
import { nhsNumber, nhsNumberCheckValue } from "./nhs-number.ts";

const decimalDigits = [..."0123456789"];

describe("NHS number properties", () => {
  test.prop([validNhsNumber()])("every single-digit substitution of a valid number is rejected", (value) => {
    for (let index = 0; index < 10; index++) {
      for (const replacement of decimalDigits) {
        if (replacement === value[index]) continue;
        const changed = `${value.slice(0, index)}${replacement}${value.slice(index + 1)}`;
        expect(nhsNumber.validate(changed).valid, changed).toBe(false);
      }
    }
  });

  const firstNine = fc.string({ unit: fc.constantFrom(...decimalDigits), minLength: 9, maxLength: 9 });

  test.prop([firstNine])(
    "exactly one final digit is accepted after nine digits, none when the check value is 10",
    (prefix) => {
      const accepted = decimalDigits.filter((last) => nhsNumber.validate(`${prefix}${last}`).valid);
      const check = nhsNumberCheckValue(prefix);
      const repeated = check !== 10 && `${prefix}${check}` === String(check).repeat(10);
      expect(accepted).toEqual(check === 10 || repeated ? [] : [String(check)]);
    },
  );

  test.prop([firstNine.filter((prefix) => nhsNumberCheckValue(prefix) === 10)])(
    "nine digits with check value 10 never start a valid number",
    (prefix) => {
      expect(decimalDigits.some((last) => nhsNumber.validate(`${prefix}${last}`).valid)).toBe(false);
    },
  );
});
