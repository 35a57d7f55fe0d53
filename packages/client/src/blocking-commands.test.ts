import { isBlockingCommand, waitsForData } from './blocking-commands';

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

describe('waitsForData', () => {
  it('the pops and XREAD … BLOCK may go on a dedicated connection', () => {
    for (const name of ['BLPOP', 'BRPOP', 'BLMOVE', 'BRPOPLPUSH', 'BLMPOP', 'BZPOPMIN', 'bzpopmax', 'BZMPOP']) expect(waitsForData([name, 'k', '0'])).toBe(true);
    expect(waitsForData(['XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '0', 'STREAMS', 's', '>'])).toBe(true);
  });

  it('WAIT and WAITAOF block but stay where the writes went; plain commands do not block', () => {
    for (const args of [['WAIT', '1', '0'], ['WAITAOF', '1', '0', '0']]) {
      expect(isBlockingCommand(args)).toBe(true);
      expect(waitsForData(args)).toBe(false);
    }
    for (const name of ['GET', 'SET', 'BITCOUNT', 'WATCH', 'XADD', 'XREAD']) expect(waitsForData([name, 'k'])).toBe(false);
  });
});
