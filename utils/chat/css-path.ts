import type { ChatSelectors } from './types';

/** Class names and ids that build tools generate (hashes, counters) change with every release: never use them. */
function stable(token: string): boolean {
  if (token.length < 2 || token.length > 40) return false;
  if (/\d{3,}/.test(token)) return false;
  // css-modules / styled-components / emotion shapes: `css-1x2y3z`, `sc-bdVaJa`, `_3kD9x`, `Button__root--a8Fk2`
  if (
    /^(css|sc|jss|emotion|tw)-/i.test(token) ||
    /^_/.test(token) ||
    (/--?[a-z0-9]{5,}$/i.test(token) && /\d/.test(token))
  )
    return false;
  const digits = token.match(/\d/g)?.length ?? 0;
  return digits <= 2 && /^[a-z][\w-]*$/i.test(token);
}

function esc(s: string): string {
  return s.replace(/([^\w-])/g, '\\$1');
}

function unique(doc: Document, selector: string, el: Element): boolean {
  try {
    const all = doc.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const classes = [...el.classList]
    .filter(stable)
    .slice(0, 3)
    .map((c) => `.${esc(c)}`)
    .join('');
  const role = el.getAttribute('role');
  return `${tag}${classes}${role && stable(role) ? `[role="${role}"]` : ''}`;
}

function nth(el: Element, base: string): string {
  const parent = el.parentElement;
  if (!parent) return base;
  const same = [...parent.children].filter((c) => c.tagName === el.tagName);
  return same.length > 1 ? `${base}:nth-of-type(${same.indexOf(el) + 1})` : base;
}

/**
 * A CSS path that finds `el` again after a reload: anchored on the nearest stable id, built from tag
 * names, stable class names and ARIA roles, with :nth-of-type only where siblings need telling apart.
 * The shortest suffix that is unique in the document wins.
 */
export function cssPath(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && cur !== doc.documentElement; cur = cur.parentElement) {
    if (cur.id && stable(cur.id)) {
      const anchored = [`#${esc(cur.id)}`, ...parts].join(' > ');
      if (unique(doc, anchored, el)) return anchored;
    }
    const plain = step(cur);
    const candidate = [plain, ...parts].join(' > ');
    if (unique(doc, candidate, el)) return candidate;
    parts.unshift(nth(cur, plain));
    const withNth = parts.join(' > ');
    if (unique(doc, withNth, el)) return withNth;
  }
  return ['html', ...parts].join(' > ');
}

/**
 * Selectors for a list the user pointed at, when no adapter knows the UI: the messages are the children
 * of the descendant with the most child elements (the list itself, or a wrapper inside it).
 */
export function genericSelectors(list: Element, listSelector: string): ChatSelectors {
  let bestCount = list.childElementCount;
  let bestPath = ':scope';
  const visit = (el: Element, depth: number, path: string) => {
    if (depth > 4) return;
    [...el.children].forEach((child, i) => {
      const p = `${path} > :nth-child(${i + 1})`;
      if (child.childElementCount > bestCount) {
        bestCount = child.childElementCount;
        bestPath = p;
      }
      visit(child, depth + 1, p);
    });
  };
  visit(list, 0, ':scope');
  return {
    list: listSelector,
    message: `${bestPath} > *`,
    roles: {},
    time: 'time',
    timeAttr: 'datetime',
    text: '*',
    images: 'img',
    attachments: 'a[download]',
  };
}
