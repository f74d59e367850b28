import type { RecordedExchange, TransportFault } from "./exchange.ts";

/** A request that produced no usable response: a harness-level fault, reported as `error`, never as `fail`. */
export class TransportError extends Error {
  override name = "TransportError";
  readonly kind: TransportFault;
  readonly exchange: RecordedExchange;
  constructor(kind: TransportFault, message: string, exchange: RecordedExchange, options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
    this.exchange = exchange;
  }
}
