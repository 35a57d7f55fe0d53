import { InvalidOptionError } from '@x/client';
import { createCluster } from './cluster';

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
  it.each(['himportRegistry', 'topologyRefreshOnReconnectionAttemptStrategy'])(
    'createCluster refuses the cluster option %s by name',
    (name) => {
      expect(refusedOption({ rootNodes, [name]: {} })).toBe(name);
    },
  );

  it("refuses a rootNodes entry's or the defaults' unhonoured client option at create time, naming where it is", () => {
    expect(refusedOption({ rootNodes: [rootNodes[0], { url: 'redis://127.0.0.1:7001', clientInfoTag: 'x' }] })).toBe('rootNodes[1].clientInfoTag');
    expect(refusedOption({ rootNodes, defaults: { socket: { socketTimeout: 1000 } } })).toBe('defaults.socket.socketTimeout');
  });

  it('accepts honoured options', () => {
    expect(refusedOption({ rootNodes, defaults: { pingInterval: 1000, socket: { connectTimeout: 100 } }, useReplicas: true })).toBeUndefined();
    expect(refusedOption({ rootNodes, clientSideCache: { maxEntries: 100 } })).toBeUndefined();
  });
});
