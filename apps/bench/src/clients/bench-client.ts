/** What a workload needs from a client: every contender is adapted to this. */
export interface BenchClient {
  name: string;
  set(key: string, value: string | Buffer): Promise<unknown>;
  get(key: string): Promise<unknown>;
  mGet(keys: string[]): Promise<unknown>;
  close(): Promise<void>;
}

export interface Endpoint {
  host: string;
  port: number;
}

/** A contender not yet connected: the memory bench connects only the one it measures. */
export interface ContenderFactory {
  name: string;
  connect(): Promise<BenchClient>;
}
