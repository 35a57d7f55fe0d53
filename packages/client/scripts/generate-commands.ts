// Writes src/commands/generated/ from a live redis-server's command table.
//
//   pnpm --filter @x/client generate-commands                 # starts its own redis-server on a free port
//   REDIS_URL=redis://127.0.0.1:6380 pnpm --filter @x/client generate-commands
//   pnpm --filter @x/client generate-commands -- --port 6380  # or --url redis://…
//
// Commands with a hand-written file in src/commands/ are left to it; see src/commands/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startRedisServer } from '@x/test-utils';
import { generateFiles, handTunedFiles, planCommands, writeFiles } from './generator/generate';
import { readCommandTable, type CommandTable } from './generator/metadata';
import { parseServerUrl, RespConnection, type ServerAddress } from './generator/resp-connection';

/** This package's directory (the script runs compiled from scripts/.tmp/). */
function packageDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@x/client') return dir;
  }
  throw new Error('cannot find the @x/client package directory');
}

function serverFromArguments(argv: ReadonlyArray<string>): ServerAddress | undefined {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const url = value('--url') ?? process.env.REDIS_URL;
  if (url !== undefined && url !== '') return parseServerUrl(url);
  const port = value('--port');
  if (port !== undefined) return { host: '127.0.0.1', port: Number(port) };
  return undefined;
}

async function readTable(address: ServerAddress): Promise<CommandTable> {
  const connection = await RespConnection.open(address);
  try {
    return await readCommandTable((args) => connection.command(args));
  } finally {
    connection.close();
  }
}

async function main(): Promise<void> {
  const given = serverFromArguments(process.argv.slice(2));
  let table: CommandTable;
  if (given !== undefined) {
    table = await readTable(given);
  } else {
    const server = await startRedisServer();
    try {
      table = await readTable({ host: server.host, port: server.port });
    } finally {
      await server.stop();
    }
  }
  const commandsDir = join(packageDir(), 'src', 'commands');
  const handTuned = handTunedFiles(commandsDir);
  const files = generateFiles(table, handTuned);
  writeFiles(join(commandsDir, 'generated'), files);
  const plan = planCommands(table, handTuned);
  console.log(
    `redis-server ${table.version}: ${plan.generated.length} generated, ${plan.handTuned.length} hand-tuned, ` +
      `${plan.exceptions.length} without a method (${plan.exceptions.map((m) => m.name).join(', ')}), ` +
      `${plan.containers.length} containers → src/commands/generated/`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
