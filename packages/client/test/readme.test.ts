import { join } from "node:path";
import { testReadmeExamples } from "../../../scripts/readme-examples.ts";

testReadmeExamples(join(import.meta.dirname, ".."));
