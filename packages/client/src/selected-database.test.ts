import { lastSelect, selectTarget } from './selected-database';

describe('selectTarget', () => {
  it.each([
    [['SELECT', '3'], 3],
    [['select', '0'], 0],
    [[Buffer.from('Select'), Buffer.from('15')], 15],
  ])('%j selects %i', (args, database) => {
    expect(selectTarget(args)).toBe(database);
  });

  it.each([[['GET', 'k']], [['SELECT']], [['SELECT', '1', '2']], [['SELECT', '-1']], [['SELECT', 'x']], [['SELECTS', '1']], [['SELECT', '99999999999999999999']]])(
    '%j selects nothing',
    (args) => {
      expect(selectTarget(args)).toBeUndefined();
    },
  );
});

describe('lastSelect', () => {
  it('finds the last SELECT of a batch', () => {
    expect(lastSelect([{ args: ['SELECT', '1'] }, { args: ['SET', 'k', 'v'] }, { args: ['SELECT', '2'] }, { args: ['GET', 'k'] }])).toEqual({ index: 2, database: 2 });
    expect(lastSelect([{ args: ['GET', 'k'] }])).toBeUndefined();
  });
});
