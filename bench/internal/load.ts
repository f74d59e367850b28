import autocannon, { type Options } from "autocannon";

/** One HTTP request, sent over and over. */
export interface Target {
  readonly url: string;
  readonly method: NonNullable<Options["method"]>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** How hard and how long to drive a target. */
export interface Load {
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
}

/** What one autocannon run measured. */
export interface Measurement {
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  /** Responses other than 2xx, errors and timeouts: a run with any measured something else. */
  readonly non2xx: number;
  readonly errors: number;
}

/**
 * Drives a target with autocannon for the load's duration, with the requests sent from a worker thread so that the
 * load generator does not share an event loop with the servers it measures.
 */
export async function measure(target: Target, load: Load): Promise<Measurement> {
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    ...(target.body === undefined ? {} : { body: target.body }),
    connections: load.connections,
    duration: load.duration,
    workers: 1,
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
