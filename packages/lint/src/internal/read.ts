import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";

/** A YAML file's contents; undefined when the file is missing. */
export function readYamlFile(path: string): unknown {
  return existsSync(path) ? parse(readFileSync(path, "utf8")) : undefined;
}
