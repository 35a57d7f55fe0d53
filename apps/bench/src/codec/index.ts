import { registerCase } from '../harness';
import { decodeCases } from './decode-cases';
import { encodeCases } from './encode-cases';

/** Registers the codec group: decoders and encoders side by side, no network. */
export function registerCodecCases(): void {
  for (const bench of [...decodeCases(), ...encodeCases()]) registerCase(bench);
}
