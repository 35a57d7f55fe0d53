import { aggregate, randomNonNull, type NodeOutcome } from './response-policy';

const ok = (reply: unknown): NodeOutcome => ({ ok: true, reply });
const fail = (message: string): NodeOutcome => ({ ok: false, error: new Error(message) });

describe('aggregate', () => {
  it('agg_sum adds numbers, element-wise for arrays', () => {
    expect(aggregate('agg_sum', [ok(1), ok(2), ok(3)])).toBe(6);
    expect(aggregate('agg_sum', [ok([1, 0]), ok([2, 5])])).toEqual([3, 5]);
  });

  it('keeps counts and 0/1 flags that a NUMBER: String type mapping made strings as strings', () => {
    expect(aggregate('agg_sum', [ok('1'), ok('2'), ok('3')])).toBe('6');
    expect(aggregate('agg_min', [ok('4'), ok('2')])).toBe('2');
    expect(aggregate('agg_sum', [ok(['1', '0']), ok(['2', '5'])])).toEqual(['3', '5']);
    expect(aggregate('agg_logical_and', [ok(['1', '1', '0']), ok(['1', '0', '0'])])).toEqual(['1', '0', '0']);
  });

  it('agg_min and agg_max', () => {
    expect(aggregate('agg_min', [ok(4), ok(2), ok(3)])).toBe(2);
    expect(aggregate('agg_max', [ok(4), ok(2), ok(3)])).toBe(4);
  });

  it('agg_logical_and keeps the wire shape (0/1 integers or booleans), element-wise', () => {
    expect(aggregate('agg_logical_and', [ok([1, 1, 0]), ok([1, 0, 0])])).toEqual([1, 0, 0]);
    expect(aggregate('agg_logical_and', [ok(true), ok(false)])).toBe(false);
    expect(aggregate('agg_logical_or', [ok([0, 1]), ok([0, 0])])).toEqual([0, 1]);
  });

  it('all_succeeded: the first reply, or the first error', () => {
    expect(aggregate('all_succeeded', [ok('OK'), ok('OK')])).toBe('OK');
    expect(() => aggregate('all_succeeded', [ok('OK'), fail('boom')])).toThrow('boom');
  });

  it('one_succeeded: the first success; fails only when all failed', () => {
    expect(aggregate('one_succeeded', [fail('a'), ok('OK')])).toBe('OK');
    expect(() => aggregate('one_succeeded', [fail('a'), fail('b')])).toThrow('a');
  });

  it('no policy: arrays are concatenated, other replies are the first', () => {
    expect(aggregate(undefined, [ok(['a']), ok(['b', 'c'])])).toEqual(['a', 'b', 'c']);
    expect(aggregate(undefined, [ok('x'), ok('y')])).toBe('x');
  });

  it('any policy but one_succeeded fails on an error', () => {
    expect(() => aggregate('agg_sum', [ok(1), fail('down')])).toThrow('down');
  });
});

describe('randomNonNull (RANDOMKEY on every master)', () => {
  it('finds the key of the one master that has one', () => {
    expect(randomNonNull([ok(null), ok('k'), ok(null)], () => 0)).toBe('k');
    expect(randomNonNull([ok(null), ok('k'), ok(null)], () => 0.99)).toBe('k');
  });

  it('picks among the keys found, by the random draw', () => {
    expect(randomNonNull([ok('a'), ok(null), ok('b')], () => 0)).toBe('a');
    expect(randomNonNull([ok('a'), ok(null), ok('b')], () => 0.6)).toBe('b');
  });

  it('is null when every master is empty, and fails with the first error', () => {
    expect(randomNonNull([ok(null), ok(null)])).toBeNull();
    expect(() => randomNonNull([ok('a'), fail('down')])).toThrow('down');
  });
});
