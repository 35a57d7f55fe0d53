import { isBlockingCommand } from './blocking-commands';

describe('isBlockingCommand', () => {
  it('the list pops and moves that wait, BLMOVEM included; not their non-blocking forms', () => {
    for (const name of ['BLPOP', 'brpop', 'BLMOVE', 'BLMOVEM', 'BRPOPLPUSH', 'BLMPOP']) expect(isBlockingCommand([name, 'k', '0'])).toBe(true);
    for (const name of ['LPOP', 'LMOVE', 'LMOVEM', 'LMPOP', 'RPOPLPUSH']) expect(isBlockingCommand([name, 'k'])).toBe(false);
  });

  it('XREAD only with BLOCK', () => {
    expect(isBlockingCommand(['XREAD', 'BLOCK', '0', 'STREAMS', 's', '$'])).toBe(true);
    expect(isBlockingCommand(['XREAD', 'STREAMS', 's', '0'])).toBe(false);
  });
});
