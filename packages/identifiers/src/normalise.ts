// Input normalisation shared by the rules, and the character count their messages give.
// Upper-casing is ASCII-only on purpose: the Unicode mapping would turn some non-ASCII letters into
// ASCII ones ("ı" to "I", "ſ" to "S") and so accept values that are not identifiers at all.

export function asciiUpperCase(value: string): string {
  return value.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

export function removeWhitespace(value: string): string {
  return value.replace(/\s+/g, "");
}

/** "1 character" / "3 characters", for messages. */
export function characters(count: number, noun = "character"): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
