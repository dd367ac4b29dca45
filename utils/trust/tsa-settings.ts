import { z } from 'zod';
import type { OrderProofDB } from '../db/database';

/**
 * Public RFC 3161 authorities the settings offer. Sources for the addresses: FreeTSA's endpoint as
 * documented in the TCPDF-Next TSA guide (https://www.tcpdf-next.dev/zh-CN/pro/tsa); DigiCert,
 * Sectigo and MeSign (a Chinese CA, 深圳市迅维/MeSign) from the public RFC 3161 server list at
 * https://gist.github.com/Manouchehri/fd754e402d98430243455713efada710. 联合信任 (UniTrust, tsa.cn)
 * is not listed: we found no published RFC 3161 address for it, so its users enter the address
 * their account gives them as their own URL.
 */
export const PUBLIC_TSAS = [
  { id: 'freetsa', name: 'FreeTSA', url: 'https://freetsa.org/tsr' },
  { id: 'digicert', name: 'DigiCert', url: 'http://timestamp.digicert.com' },
  { id: 'sectigo', name: 'Sectigo', url: 'http://timestamp.sectigo.com' },
  { id: 'mesign', name: 'MeSign (China)', url: 'http://tsa.mesign.com' },
] as const;

const httpUrl = z
  .string()
  .max(500)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'https:' || p === 'http:';
    } catch {
      return false;
    }
  }, 'not an http(s) address');

export const tsaSettingsSchema = z.object({
  /** 'none' (the default): no request is ever made. */
  choice: z.enum(['none', ...PUBLIC_TSAS.map((t) => t.id), 'custom'] as [string, ...string[]]).default('none'),
  customUrl: httpUrl.optional(),
});
export type TsaSettings = z.infer<typeof tsaSettingsSchema>;

const KEY = 'timestamps';

export async function readTsaSettings(db: OrderProofDB): Promise<TsaSettings> {
  const parsed = tsaSettingsSchema.safeParse((await db.settings.get(KEY))?.value ?? {});
  return parsed.success ? parsed.data : tsaSettingsSchema.parse({});
}

export async function writeTsaSettings(db: OrderProofDB, next: TsaSettings): Promise<TsaSettings> {
  const value = tsaSettingsSchema.parse(next);
  await db.settings.put({ key: KEY, value });
  return value;
}

/** The address to ask, or undefined when time-stamping is off (or the own address is missing). */
export function tsaUrl(s: TsaSettings): string | undefined {
  if (s.choice === 'none') return undefined;
  if (s.choice === 'custom') return s.customUrl;
  return PUBLIC_TSAS.find((t) => t.id === s.choice)?.url;
}

/** The host permission pattern an address needs (asked for only when the user turns stamping on). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
