import { expect, test } from "vitest";
import { defTypeName, typeName } from "./type-names.ts";

test("type names are PascalCase words of the title", () => {
  expect(typeName("Problem details")).toBe("ProblemDetails");
  expect(typeName("api-info")).toBe("ApiInfo");
  expect(typeName("2020 record")).toBe("T2020Record");
});

test("an untitled $defs entry is named after its schema, so generic keys never shadow globals", () => {
  expect(defTypeName("Problem", "error", {})).toBe("ProblemError");
  expect(defTypeName("Problem", "error", { title: "Validation error" })).toBe("ValidationError");
});
