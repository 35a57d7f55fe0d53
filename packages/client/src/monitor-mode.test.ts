import { MonitorModeError } from './errors';
import { answersCommand, isReset, monitorRefusal } from './monitor-mode';

describe('MONITOR mode rules', () => {
  it('refuses every command but RESET, PING and QUIT, naming it', () => {
    expect(monitorRefusal(['reset'])).toBeUndefined();
    expect(monitorRefusal(['PING'])).toBeUndefined();
    expect(monitorRefusal([Buffer.from('quit')])).toBeUndefined();
    const refusal = monitorRefusal(['get', 'k']);
    expect(refusal).toBeInstanceOf(MonitorModeError);
    expect(refusal?.message).toMatch(/^GET was not sent/);
  });

  it("tells an allowed command's reply from a monitor line (strings or Buffers)", () => {
    expect(answersCommand(['RESET'], 'RESET')).toBe(true);
    expect(answersCommand(['PING'], Buffer.from('PONG'))).toBe(true);
    expect(answersCommand(['MONITOR'], 'OK')).toBe(true);
    expect(answersCommand(['PING'], '1700000000.1 [0 127.0.0.1:1] "PING"')).toBe(false);
    expect(answersCommand(['GET', 'k'], 'OK')).toBe(false);
    expect(isReset(['reset'])).toBe(true);
    expect(isReset(['PING'])).toBe(false);
  });
});
