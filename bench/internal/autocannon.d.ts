// The part of autocannon 8's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  interface Percentiles {
    readonly average: number;
    readonly p50: number;
    readonly p99: number;
  }

  export interface Options {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    /** Worker threads that send the requests, off the benchmarked servers' event loop. */
    readonly workers?: number;
    readonly method?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
  }

  export interface Result {
    readonly requests: Percentiles & { readonly total: number };
    /** Milliseconds. */
    readonly latency: Percentiles;
    /** Seconds. */
    readonly duration: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly "2xx": number;
  }

  export default function autocannon(options: Options): Promise<Result>;
}
