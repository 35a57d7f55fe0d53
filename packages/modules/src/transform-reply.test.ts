import { getTransformReply } from './transform-reply';

describe('getTransformReply', () => {
  const parseCommand = () => {};
  const two = (reply: unknown) => ['2', reply];
  const three = (reply: unknown) => ['3', reply];

  it('returns a single transform for both versions', () => {
    expect(getTransformReply({ parseCommand, transformReply: two }, 2)).toBe(two);
    expect(getTransformReply({ parseCommand, transformReply: two }, 3)).toBe(two);
  });

  it('picks the entry for the version', () => {
    const command = { parseCommand, transformReply: { 2: two, 3: three } };
    expect(getTransformReply(command, 2)).toBe(two);
    expect(getTransformReply(command, 3)).toBe(three);
  });

  it('is undefined when there is none, or none for that version', () => {
    expect(getTransformReply({ parseCommand, transformReply: undefined }, 3)).toBeUndefined();
    const command = { parseCommand, transformReply: { 2: two, 3: undefined as unknown as typeof three } };
    expect(getTransformReply(command, 3)).toBeUndefined();
  });
});
