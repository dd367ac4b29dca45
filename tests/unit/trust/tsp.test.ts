import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesFromPem, checkToken, requestTimeStamp } from '../../../utils/trust/tsp';
import { makeTsaFiles, startLocalTsa, type LocalTsa } from './local-tsa';
import { readFileSync } from 'node:fs';

let tsa: LocalTsa;
const data = new TextEncoder().encode('{"format":"orderproof-pack"}\n');

beforeAll(async () => {
  tsa = await startLocalTsa();
}, 60_000);
afterAll(() => tsa.close());

describe('RFC 3161 tokens', () => {
  it('are asked for and checked against the bytes they cover, under the trusted root', async () => {
    const before = Date.now();
    const { token, facts } = await requestTimeStamp(tsa.url, data);
    expect(tsa.requests).toBe(1);
    expect(facts.authority).toBe('CN=OrderProof Test TSA');
    expect(Math.abs(facts.genTime.getTime() - before)).toBeLessThan(60_000);
    expect(facts.chainPem.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(await checkToken(token, data, certificatesFromPem(tsa.caPem))).toMatchObject({ ok: true });
  });

  it('names a token over other data', async () => {
    const { token } = await requestTimeStamp(tsa.url, data);
    expect(await checkToken(token, new TextEncoder().encode('other'), certificatesFromPem(tsa.caPem))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/covers other data/),
    });
  });

  it('names a tampered token', async () => {
    const { token } = await requestTimeStamp(tsa.url, data);
    // Move the TSTInfo's genTime (inside the signed content) a second or a minute later. Never earlier: the
    // test authority's certificate starts the second it was made, and the chain is checked at genTime, so an
    // earlier time could fail as "not yet valid" instead of as a broken signature.
    const text = Buffer.from(token).toString('latin1');
    const at = text.search(/20\d{12}/);
    expect(at).toBeGreaterThan(0);
    const forged = token.slice();
    // YYYYMMDDhhmmss: the seconds' last digit, else the minutes', else the hours' (when it stays an hour).
    const char = (i: number) => String.fromCharCode(forged[at + i]!);
    const hourUp = Number(char(8) + char(9)) < 23 && char(9) !== '9';
    const digit = char(13) !== '9' ? 13 : char(11) !== '9' ? 11 : hourUp ? 9 : undefined;
    if (digit === undefined)
      forged[at + 13] = 0x38; // hh:59:59 at 09, 19 or 23 h: a second earlier, the one way left
    else forged[at + digit] = forged[at + digit]! + 1;
    const r = await checkToken(forged, data, certificatesFromPem(tsa.caPem));
    expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/signature over the token does not hold/) });
  });

  it('names a token from an authority whose root is not trusted', async () => {
    const { token } = await requestTimeStamp(tsa.url, data);
    const other = makeTsaFiles('Someone Else');
    const r = await checkToken(token, data, certificatesFromPem(readFileSync(other.caFile, 'utf8')));
    expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/not issued by an authority you trust/) });
  });

  it('names an answer that is not a time-stamp response', async () => {
    expect(await checkToken(new TextEncoder().encode('<html>'), data)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a readable RFC 3161/),
    });
  });
});
