/**
 * The currency a bare "$" means on a country site of a marketplace that serves many countries from one
 * domain (Temu's paths, SHEIN's subdomains): the US site has no country; another country's site prices in
 * its own currency, which its own signs name (unknown here rather than dollars).
 */
const DOLLARS: Record<string, string> = {
  ca: 'CAD',
  au: 'AUD',
  mx: 'MXN',
  nz: 'NZD',
  sg: 'SGD',
  br: 'BRL',
  cl: 'CLP',
  co: 'COP',
  ar: 'ARS',
};

export const siteDollar = (country: string): string | undefined =>
  DOLLARS[country] ?? (/^[a-z]{2}$/.test(country) && country !== 'us' ? undefined : 'USD');
