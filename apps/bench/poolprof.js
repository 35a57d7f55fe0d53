const { startRedisServer } = require('@x/test-utils');
const { createClientPool } = require('@x/client');
const { createClientPool: nrPool } = require('@redis/client');
(async () => {
  const server = await startRedisServer();
  const which = process.argv[2];
  const pool = which === 'nr' ? nrPool({ socket: { port: server.port }, commandOptions: { timeout: 0 } }) : createClientPool({ socket: { port: server.port } });
  await pool.connect();
  const run = async (total) => { let next = 0; const w = async () => { while (next < total) { const i = next++; await (i & 1 ? pool.get('k' + (i % 1000)) : pool.set('k' + (i % 1000), 'v')); } }; await Promise.all(Array.from({ length: 1000 }, w)); };
  await run(20000);
  for (let r = 0; r < 3; r++) { const t = process.hrtime.bigint(); const c0 = process.cpuUsage(); await run(40000); const ms = Number(process.hrtime.bigint() - t) / 1e6; const cpu = process.cpuUsage(c0); console.log(which, (40000 / ms * 1000).toFixed(0), 'ops/s', 'cpu us/op', ((cpu.user + cpu.system) / 40000).toFixed(1), 'total', pool.totalClients); }
  await pool.close(); await server.stop();
})();
