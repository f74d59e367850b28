/** A body read up to a limit: its bytes, or the news that it was larger. */
export type BodyRead =
  | { readonly bytes: Uint8Array; readonly tooLarge: false }
  | { readonly tooLarge: true; readonly seen: number };

/**
 * Reads a response body as a stream, stopping (and cancelling the stream) as soon as it passes `limit` bytes, so a
 * huge or endless body never fills memory. Aborting the request's signal also ends the read.
 */
export async function readBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<BodyRead> {
  if (!body) return { bytes: new Uint8Array(0), tooLarge: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { tooLarge: true, seen: total };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, tooLarge: false };
}
