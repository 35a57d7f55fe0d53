// cluster-key-slot 1.1.2 ships no types; the part the benchmark uses.
declare module 'cluster-key-slot' {
  function generate(key: string | Buffer): number;
  export = generate;
}
