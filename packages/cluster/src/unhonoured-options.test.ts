import { InvalidOptionError } from '@x/client';
import { UNHONOURED_CLIENT_OPTIONS, UNHONOURED_CLUSTER_OPTIONS } from '@x/client/node-connection';
import { createCluster } from './cluster';

/** `{ socket: { family: value } }` for `socket.family`. */
function optionAt(path: string, value: unknown): Record<string, unknown> {
  let result: unknown = value;
  for (const part of path.split('.').reverse()) result = { [part]: result };
  return result as Record<string, unknown>;
}

const rootNodes = [{ url: 'redis://127.0.0.1:7000' }];

function refusedOption(options: unknown): string | undefined {
  try {
    createCluster(options as never);
  } catch (error) {
    if (error instanceof InvalidOptionError) return error.option;
    throw error;
  }
  return undefined;
}

describe('node-redis cluster options x does not honour yet', () => {
  it.each(UNHONOURED_CLUSTER_OPTIONS.map((o) => o.name))('createCluster refuses the cluster option %s by name', (name) => {
    expect(refusedOption({ rootNodes, ...optionAt(name, {}) })).toBe(name);
  });

  it.each(UNHONOURED_CLIENT_OPTIONS.map((o) => o.name))('createCluster refuses the node option %s in a rootNodes entry and in defaults', (name) => {
    expect(refusedOption({ rootNodes: [{ ...rootNodes[0], ...optionAt(name, 'some value') }] })).toBe(`rootNodes[0].${name}`);
    expect(refusedOption({ rootNodes, defaults: optionAt(name, 'some value') })).toBe(`defaults.${name}`);
  });

  it("refuses a rootNodes entry's or the defaults' unhonoured client option at create time, naming where it is", () => {
    expect(refusedOption({ rootNodes: [rootNodes[0], { url: 'redis://127.0.0.1:7001', clientInfoTag: 'x' }] })).toBe('rootNodes[1].clientInfoTag');
    expect(refusedOption({ rootNodes, defaults: { socket: { fd: 3 } } })).toBe('defaults.socket.fd');
  });

  it('accepts honoured options', () => {
    expect(refusedOption({ rootNodes, defaults: { pingInterval: 1000, socket: { connectTimeout: 100 } }, useReplicas: true })).toBeUndefined();
    expect(refusedOption({ rootNodes, clientSideCache: { maxEntries: 100 } })).toBeUndefined();
  });
});
