import { InvalidOptionError } from './errors';
import { OpenTelemetry } from './open-telemetry';

it("OpenTelemetry.init is refused with an InvalidOptionError naming it (never accepted and ignored)", () => {
  expect(() => OpenTelemetry.init({})).toThrow(InvalidOptionError);
  expect(() => OpenTelemetry.init({})).toThrow(/OpenTelemetry\.init/);
});
