export { generateTypes } from "./generate.ts";
