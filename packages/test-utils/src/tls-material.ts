// Self-signed TLS material made with `openssl` (EC P-256: key generation takes milliseconds, where
// RSA 2048 can take a second on a loaded box).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { registerDir } from './process-registry';

const run = promisify(execFile);

/** A certificate authority: its certificate (PEM and file) and the key that signs with it. */
export interface CertificateAuthority {
  /** PEM of the CA certificate (pass as `ca` to node:tls). */
  ca: string;
  caFile: string;
  caKeyFile: string;
  dir: string;
}

/** What a TLS server and its clients need. Server and client certs are signed by `ca`. */
export interface TlsMaterial {
  /** PEM of the CA certificate that signed the server and client certificates. */
  ca: string;
  /** PEM of the server certificate (SAN IP:127.0.0.1, DNS:localhost; also usable as a client cert). */
  cert: string;
  /** PEM of the server key. */
  key: string;
  /** PEM of a client certificate for `tls-auth-clients yes` servers. */
  clientCert: string;
  clientKey: string;
  caFile: string;
  certFile: string;
  keyFile: string;
  clientCertFile: string;
  clientKeyFile: string;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  try {
    await run(process.env['OPENSSL'] ?? 'openssl', args, { cwd });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl ${args[0]} failed: ${stderr.trim() || String(error)}`, { cause: error });
  }
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/**
 * Makes a new, self-signed CA in `dir` (a fresh temp dir when omitted). Two calls make two unrelated
 * CAs: use a second one for "a client that trusts the wrong CA must fail" tests.
 */
export async function createCertificateAuthority(dir?: string): Promise<CertificateAuthority> {
  let target = dir;
  if (target === undefined) {
    target = await fs.mkdtemp(path.join(os.tmpdir(), 'x-test-ca-'));
    // Removed when this process exits (or by the watchdog if it dies).
    registerDir(target);
  }
  await fs.mkdir(target, { recursive: true });
  const name = `x test CA ${randomBytes(4).toString('hex')}`;
  await openssl(
    ['req', '-x509', ...EC_KEY, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '7', '-subj', `/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    target,
  );
  return { ca: await fs.readFile(path.join(target, 'ca.crt'), 'utf8'), caFile: path.join(target, 'ca.crt'), caKeyFile: path.join(target, 'ca.key'), dir: target };
}

async function signedCert(ca: CertificateAuthority, dir: string, base: string, cn: string, usage: string): Promise<void> {
  const ext = path.join(dir, `${base}.ext`);
  await fs.writeFile(ext, `basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=${usage}\n`);
  await openssl(['req', '-new', ...EC_KEY, '-keyout', `${base}.key`, '-out', `${base}.csr`, '-subj', `/CN=${cn}`], dir);
  await openssl(
    ['x509', '-req', '-in', `${base}.csr`, '-CA', ca.caFile, '-CAkey', ca.caKeyFile, '-set_serial', `0x${randomBytes(8).toString('hex')}`,
      '-days', '7', '-out', `${base}.crt`, '-extfile', ext],
    dir,
  );
}

/** Makes a server and a client certificate signed by `ca` (a new CA in `dir` when omitted). */
export async function createTlsMaterial(dir: string, ca?: CertificateAuthority): Promise<TlsMaterial> {
  await fs.mkdir(dir, { recursive: true });
  const authority = ca ?? (await createCertificateAuthority(dir));
  // The server cert also carries clientAuth: redis-server presents it on its outgoing cluster-bus,
  // replication and MIGRATE connections.
  await Promise.all([
    signedCert(authority, dir, 'server', '127.0.0.1', 'serverAuth,clientAuth'),
    signedCert(authority, dir, 'client', 'x-test-client', 'clientAuth'),
  ]);
  const file = (name: string): string => path.join(dir, name);
  const read = (name: string): Promise<string> => fs.readFile(file(name), 'utf8');
  return {
    ca: authority.ca,
    caFile: authority.caFile,
    cert: await read('server.crt'),
    key: await read('server.key'),
    clientCert: await read('client.crt'),
    clientKey: await read('client.key'),
    certFile: file('server.crt'),
    keyFile: file('server.key'),
    clientCertFile: file('client.crt'),
    clientKeyFile: file('client.key'),
  };
}
