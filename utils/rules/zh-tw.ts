import type { LocalizedText } from './schema';

/** Every Simplified rule text in `value` (an entry, a list of them, ...) that has no Traditional of its own. */
export function simplifiedOnlyTexts(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) simplifiedOnlyTexts(v, into);
  } else if (value && typeof value === 'object') {
    const o = value as Partial<LocalizedText> & Record<string, unknown>;
    if (typeof o.zh === 'string' && typeof o.en === 'string') {
      if (!o.zhTW && /[\u4e00-\u9fff]/.test(o.zh)) into.add(o.zh);
    } else for (const v of Object.values(o)) simplifiedOnlyTexts(v, into);
  }
  return into;
}
