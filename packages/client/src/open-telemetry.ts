// node-redis 6.4 exports `OpenTelemetry.init(config)`, which turns on its OpenTelemetry *metrics*
// (operation durations, connection counts, cache hits…). x does not collect those metrics. Rather
// than accept the call and record nothing, `init` throws an InvalidOptionError naming it, so an app
// moved from node-redis learns it at startup. Tracing is available: x publishes node-redis's tracing
// channels (`CHANNELS`, see tracing.ts and the README's OpenTelemetry spans example).
import { InvalidOptionError } from './errors';

/** node-redis's OpenTelemetry metrics entry point; not implemented by x (see the comment above). */
export class OpenTelemetry {
  private constructor() {}

  /** Always throws: x does not record node-redis's OpenTelemetry metrics. */
  static init(_config?: unknown): never {
    throw new InvalidOptionError(
      'OpenTelemetry.init',
      "x does not record node-redis's OpenTelemetry metrics; trace commands through the diagnostics_channel CHANNELS instead (see the README)",
    );
  }
}
