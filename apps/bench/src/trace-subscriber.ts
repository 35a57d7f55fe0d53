import diagnostics from 'node:diagnostics_channel';

/**
 * `BENCH_TRACE=1`: subscribe a handler that does nothing to node-redis 6's tracing channels (which
 * ours and node-redis publish on), so a run measures what tracing costs when someone listens. Off,
 * nothing subscribes: the run measures the cost of the check alone.
 */
export function subscribeTracingIfAsked(): boolean {
  if (process.env['BENCH_TRACE'] !== '1') return false;
  const noop = (): void => undefined;
  const handlers = { start: noop, end: noop, asyncStart: noop, asyncEnd: noop, error: noop };
  for (const name of ['node-redis:command', 'node-redis:batch', 'node-redis:connect']) diagnostics.tracingChannel(name).subscribe(handlers);
  return true;
}
