import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toPem } from './pem';
import { errorText } from '../error-text';

/**
 * RFC 3161 time-stamping with pkijs: the request for a SHA-256 hash, and the check of a DER
 * TimeStampResp against the bytes it should cover. Pure and worker-safe (WebCrypto and pkijs only).
 */
const SHA256_OID = '2.16.840.1.101.3.4.2.1';

function u8(buffer: ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  return buffer instanceof Uint8Array ? (buffer.slice() as Uint8Array<ArrayBuffer>) : new Uint8Array(buffer);
}

/** A DER TimeStampReq for SHA-256(data), asking for the authority's certificate in the reply. */
export async function timeStampRequest(data: Uint8Array): Promise<{ der: Uint8Array; nonce: Uint8Array }> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  // A positive INTEGER: the top bit clear.
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: digest }),
    }),
    certReq: true,
    nonce: new asn1js.Integer({ valueHex: nonce }),
  });
  return { der: new Uint8Array(req.toSchema().toBER(false)), nonce };
}

export interface TokenFacts {
  /** The time the authority put in the token. */
  genTime: Date;
  serial: string;
  policy: string;
  /** The signing certificate's subject, as readable text. */
  authority: string;
  /** Every certificate the token carries, as PEM (the chain a verifier can check offline). */
  chainPem: string;
}

export type TokenCheck = ({ ok: true } | { ok: false; problem: string }) & { facts?: TokenFacts };

function subjectText(cert: pkijs.Certificate): string {
  const names: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.6': 'C', '2.5.4.11': 'OU' };
  return cert.subject.typesAndValues
    .map((tv) => `${names[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
    .join(', ');
}

/** Reads a DER TimeStampResp; throws with a plain reason when it is not one, or not granted. */
function parseResponse(der: Uint8Array): { signed: pkijs.SignedData; tst: pkijs.TSTInfo } {
  const asn = asn1js.fromBER(u8(der));
  if (asn.offset === -1) throw new Error('it is not DER');
  const resp = new pkijs.TimeStampResp({ schema: asn.result });
  if (resp.status.status !== pkijs.PKIStatus.granted && resp.status.status !== pkijs.PKIStatus.grantedWithMods)
    throw new Error(`the authority refused it (status ${resp.status.status})`);
  if (!resp.timeStampToken) throw new Error('it holds no token');
  const signed = new pkijs.SignedData({ schema: resp.timeStampToken.content });
  const content = signed.encapContentInfo.eContent;
  if (!content) throw new Error('its token holds no TSTInfo');
  const tst = new pkijs.TSTInfo({ schema: asn1js.fromBER(content.getValue()).result });
  return { signed, tst };
}

export function certificatesFromPem(pem: string): pkijs.Certificate[] {
  const out: pkijs.Certificate[] = [];
  for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const der = Uint8Array.from(atob((m[1] ?? '').replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    out.push(pkijs.Certificate.fromBER(der));
  }
  return out;
}

/**
 * Checks a token against the bytes it covers: the hash it names, the authority's signature over it,
 * and, when `trustedRoots` are given, that the signing certificate chains to one of them.
 */
export async function checkToken(
  der: Uint8Array,
  data: Uint8Array,
  trustedRoots?: readonly pkijs.Certificate[],
): Promise<TokenCheck> {
  let parsed: { signed: pkijs.SignedData; tst: pkijs.TSTInfo };
  try {
    parsed = parseResponse(der);
  } catch (err) {
    return {
      ok: false,
      problem: `not a readable RFC 3161 time-stamp response: ${errorText(err)}`,
    };
  }
  const { signed, tst } = parsed;
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signer = certs[0];
  const facts: TokenFacts = {
    genTime: tst.genTime,
    serial: Array.from(tst.serialNumber.valueBlock.valueHexView, (b) => b.toString(16).padStart(2, '0')).join(''),
    policy: tst.policy,
    authority: signer ? subjectText(signer) : 'unknown (the token carries no certificate)',
    chainPem: certs.map((c) => toPem(new Uint8Array(c.toSchema().toBER(false)), 'CERTIFICATE')).join(''),
  };
  if (tst.messageImprint.hashAlgorithm.algorithmId !== SHA256_OID)
    return {
      ok: false,
      problem: `the token names a hash made with an algorithm this verifier does not check (${tst.messageImprint.hashAlgorithm.algorithmId})`,
      facts,
    };
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  const named = tst.messageImprint.hashedMessage.valueBlock.valueHexView;
  if (named.length !== digest.length || named.some((b, i) => b !== digest[i]))
    return { ok: false, problem: 'the token covers other data: the hash it names is not the hash of the file', facts };
  try {
    const result = await signed.verify({
      signer: 0,
      data: u8(data).buffer,
      checkChain: Boolean(trustedRoots?.length),
      trustedCerts: trustedRoots ? [...trustedRoots] : [],
      checkDate: tst.genTime,
      extendedMode: true,
    });
    if (!result.signatureVerified)
      return {
        ok: false,
        problem: "the authority's signature over the token does not hold: the token was altered",
        facts,
      };
  } catch (err) {
    const e = err as { message?: string; signatureVerified?: boolean | null; code?: number };
    // pkijs code 5: the signer's certificate does not chain to a trusted root (at the token's time).
    const chainFailed = e.code === 5 && trustedRoots?.length;
    return {
      ok: false,
      problem: chainFailed
        ? `the token was not issued by an authority you trust (its signer is ${facts.authority})`
        : `the authority's signature over the token does not hold: ${e.message ?? 'the token was altered'}`,
      facts,
    };
  }
  return { ok: true, facts };
}

/** The genTime of a response the authority just sent, after checking it covers `data` (no chain check). */
export async function acceptResponse(der: Uint8Array, data: Uint8Array, nonce: Uint8Array): Promise<TokenFacts> {
  const check = await checkToken(der, data);
  if (!check.ok) throw new Error(`The time-stamp authority's answer does not hold: ${check.problem}`);
  const { tst } = parseResponse(der);
  const got = tst.nonce?.valueBlock.valueHexView;
  if (got && (got.length !== nonce.length || got.some((b, i) => b !== nonce[i])))
    throw new Error("The time-stamp authority's answer is for another request (its nonce differs)");
  return check.facts!;
}

/** Asks the authority at `url` to stamp `data`; gives the DER TimeStampResp and what it says. */
export async function requestTimeStamp(
  url: string,
  data: Uint8Array,
  fetcher: typeof fetch = fetch,
): Promise<{ token: Uint8Array; facts: TokenFacts }> {
  const { der, nonce } = await timeStampRequest(data);
  const res = await fetcher(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: der as Uint8Array<ArrayBuffer>,
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`The time-stamp authority answered ${res.status}`);
  const token = new Uint8Array(await res.arrayBuffer());
  return { token, facts: await acceptResponse(token, data, nonce) };
}
