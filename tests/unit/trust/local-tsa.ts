import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A time-stamp authority for tests only: a CA and a TSA certificate made with openssl in a temp folder,
 * and `openssl ts -reply` behind a small HTTP server on 127.0.0.1. Never a public authority.
 */
export interface LocalTsa {
  url: string;
  dir: string;
  /** The test CA's certificate (PEM): the root a verifier must trust. */
  caPem: string;
  caFile: string;
  /** Requests it answered. */
  requests: number;
  /** While true it answers every request 503, as an authority that is down. */
  down: boolean;
  close: () => Promise<void>;
}

const ssl = (dir: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

/** A CA and a TSA leaf it signs, with the extendedKeyUsage RFC 3161 requires. */
export function makeTsaFiles(name = 'OrderProof Test'): { dir: string; caFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-tsa-'));
  ssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    `/CN=${name} Root CA`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  ssl(dir, [
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.csr',
    '-subj',
    `/CN=${name} TSA`,
  ]);
  writeFileSync(
    join(dir, 'tsa.ext'),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n',
  );
  ssl(dir, [
    'x509',
    '-req',
    '-in',
    'tsa.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'tsa.pem',
    '-days',
    '30',
    '-extfile',
    'tsa.ext',
  ]);
  writeFileSync(join(dir, 'serial'), '01\n');
  writeFileSync(
    join(dir, 'tsa.cnf'),
    `[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = ${join(dir, 'serial')}\ncrypto_device = builtin\nsigner_cert = ${join(dir, 'tsa.pem')}\nsigner_key = ${join(dir, 'tsa.key')}\nsigner_digest = sha256\ncerts = ${join(dir, 'ca.pem')}\ndefault_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n`,
  );
  return { dir, caFile: join(dir, 'ca.pem') };
}

/** Signs one request with openssl ts -reply. */
export function reply(dir: string, query: Uint8Array): Uint8Array {
  const q = join(dir, `q-${Math.random().toString(36).slice(2)}.tsq`);
  writeFileSync(q, query);
  const out = `${q}.tsr`;
  ssl(dir, ['ts', '-reply', '-config', join(dir, 'tsa.cnf'), '-queryfile', q, '-out', out]);
  return new Uint8Array(readFileSync(out));
}

export async function startLocalTsa(): Promise<LocalTsa> {
  const { dir, caFile } = makeTsaFiles();
  const tsa: LocalTsa = {
    url: '',
    dir,
    caFile,
    caPem: readFileSync(caFile, 'utf8'),
    requests: 0,
    down: false,
    close: async () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (tsa.down) {
        res.writeHead(503, { 'Access-Control-Allow-Origin': '*' });
        res.end('down');
        return;
      }
      tsa.requests += 1;
      try {
        const body = reply(dir, new Uint8Array(Buffer.concat(chunks)));
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply', 'Access-Control-Allow-Origin': '*' });
        res.end(Buffer.from(body));
      } catch (err) {
        res.writeHead(500);
        res.end(String(err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tsa.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsr`;
  return tsa;
}
