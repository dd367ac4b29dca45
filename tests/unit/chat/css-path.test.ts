import { describe, expect, it } from 'vitest';
import { cssPath, genericSelectors } from '../../../utils/chat/css-path';
import { docFromHtml } from '../../support/dom';

describe('cssPath', () => {
  it('finds the element again, anchored on a stable id, ignoring generated class names', () => {
    const doc = docFromHtml(
      '<div id="app"><div class="css-1x2y3z layout"><section class="sc-bdVaJa chat"><div class="messages _3kD9x"></div></section><section class="chat"></section></div></div>',
    );
    const el = doc.querySelector('.messages')!;
    const path = cssPath(el);
    expect(doc.querySelector(path)).toBe(el);
    expect(path).not.toMatch(/css-1x2y3z|sc-bdVaJa|_3kD9x/);
  });

  it('tells identical siblings apart by position', () => {
    const doc = docFromHtml('<main><ul class="list"></ul><ul class="list"></ul></main>');
    const second = doc.querySelectorAll('ul')[1]!;
    expect(doc.querySelector(cssPath(second))).toBe(second);
  });

  it('does not anchor on ids that look generated', () => {
    const doc = docFromHtml('<div id="root-83920174"><div class="pane"></div></div>');
    const path = cssPath(doc.querySelector('.pane')!);
    expect(path).not.toContain('83920174');
    expect(doc.querySelector(path)).toBe(doc.querySelector('.pane'));
  });
});

describe('genericSelectors', () => {
  it('takes the messages to be the children of the busiest wrapper in the picked list', () => {
    const doc = docFromHtml(
      '<div id="pane"><div class="loader"></div><div class="inner"><div>a</div><div>b</div><div>c</div></div></div>',
    );
    const list = doc.getElementById('pane')!;
    const sel = genericSelectors(list, '#pane');
    const found = [...list.querySelectorAll(sel.message)].map((e) => e.textContent);
    expect(found).toEqual(['a', 'b', 'c']);
  });
});
