import { type ParseArgsConfig, parseArgs } from "node:util";

/** Bad command-line input: one line on stderr and exit code 2. */
export function usageError(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** The script's options, parsed strictly; anything unknown or malformed is a usage error. */
export function readOptions<const Options extends NonNullable<ParseArgsConfig["options"]>>(options: Options) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return usageError((error as Error).message.split("\n")[0]!);
  }
}

/** A whole number from `min` up, given as an option's text. */
export function wholeNumber(name: string, text: string, min = 1): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    usageError(`--${name} must be a whole number from ${min}, not "${text}"`);
  return value;
}
