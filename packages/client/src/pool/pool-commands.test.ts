import { COMMANDS } from '../commands';
import { PoolStickyCommandError } from '../errors';
import { POOL_COMMANDS, stickyArgumentsRefusal, stickyDefinitionRefusal } from './pool-commands';

describe('POOL_COMMANDS', () => {
  it("has every command but node-redis's sticky ones (SELECT, WATCH, UNWATCH, BACKUP_*, HOTKEYS_*)", () => {
    for (const name of ['SELECT', 'select', 'WATCH', 'watch', 'UNWATCH', 'unwatch', 'BACKUP_START', 'backupStart', 'HOTKEYS_GET', 'hotkeysGet']) {
      expect(POOL_COMMANDS).not.toHaveProperty(name);
    }
    for (const name of Object.keys(COMMANDS)) {
      if (/^(select|watch|unwatch|backup_?[a-z]+|hotkeys_?[a-z]+)$/i.test(name)) continue;
      expect(POOL_COMMANDS[name]).toBe((COMMANDS as Record<string, unknown>)[name]);
    }
  });
});

describe('sticky commands', () => {
  it.each([
    [['SELECT', '1'], 'SELECT'],
    [['select', '1'], 'SELECT'],
    [['watch', 'k'], 'WATCH'],
    [['MULTI'], 'MULTI'],
    [['HELLO', '2'], 'HELLO'],
    [['auth', 'user', 'pass'], 'AUTH'],
    [['client', 'tracking', 'on'], 'CLIENT TRACKING'],
    [[Buffer.from('CLIENT'), Buffer.from('NO-EVICT'), 'on'], 'CLIENT NO-EVICT'],
    [['READONLY'], 'READONLY'],
  ])('%j is refused as %s (not sent)', (args, name) => {
    const refusal = stickyArgumentsRefusal(args);
    expect(refusal).toBeInstanceOf(PoolStickyCommandError);
    expect(refusal).toMatchObject({ command: name, sent: false, code: 'ERR_POOL_STICKY_COMMAND' });
    // The message never echoes the arguments (AUTH carries a password).
    expect(refusal!.message).not.toContain('pass');
  });

  it.each([[['GET', 'select']], [['CLIENT', 'ID']], [['CLIENT', 'SETNAME', 'tracking']], [[]], [['SELECTIVELY-LONG-NAME']]])('%j is not refused', (args) => {
    expect(stickyArgumentsRefusal(args)).toBeUndefined();
  });

  it('the methods node-redis puts on its pool for them refuse too', () => {
    expect(stickyDefinitionRefusal(COMMANDS.CLIENT_TRACKING)).toMatchObject({ command: 'CLIENT TRACKING' });
    expect(stickyDefinitionRefusal(COMMANDS.READONLY)).toMatchObject({ command: 'READONLY' });
    expect(stickyDefinitionRefusal(COMMANDS.hello)).toMatchObject({ command: 'HELLO' });
    expect(stickyDefinitionRefusal(COMMANDS.AUTH)).toMatchObject({ command: 'AUTH' });
    expect(stickyDefinitionRefusal(COMMANDS.clientNoTouch)).toMatchObject({ command: 'CLIENT NO-TOUCH' });
    expect(stickyDefinitionRefusal(COMMANDS.GET)).toBeUndefined();
  });
});
