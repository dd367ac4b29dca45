import { describe, expect, it } from 'vitest';
import { allRules, type PublishedDeadline } from '../../../utils/rules';
import { linkedSource } from '../../../utils/rules/sources';

const deadlines = allRules.flatMap((entry) =>
  entry.steps.flatMap((step) =>
    step.deadlines
      .filter((d): d is PublishedDeadline => d.kind === 'published')
      .map((d) => ({
        entry,
        step,
        d,
        linked: linkedSource(d.sources.map((id) => entry.sources.find((s) => s.id === id)!)),
      })),
  ),
);

describe('sources a user can trust (review A4, B23)', () => {
  it('every source says when it was checked and against what, and no check is in the future', () => {
    for (const entry of allRules) {
      for (const s of entry.sources) {
        expect(s.checked.on, `${entry.id} ${s.id}`).toMatch(/^2026-11-2\d$/);
        expect(['research-notes', 'stored-copy', 'live-page']).toContain(s.checked.against);
      }
    }
  });

  it('the sources the review compared with stored copies say so; the rest say research notes', () => {
    const against = (id: string) => allRules.flatMap((e) => e.sources).find((s) => s.id === id)?.checked;
    expect(against('atoz')).toEqual({ on: '2026-11-27', against: 'stored-copy' });
    expect(against('tb-rules')).toEqual({ on: '2026-11-27', against: 'stored-copy' });
    expect(against('temu-price-secondary')?.against).toBe('research-notes');
    expect(against('returns')?.against).toBe('research-notes');
  });

  it('no deadline links a code repository', () => {
    for (const { entry, step, linked } of deadlines) {
      expect(linked?.url ?? '', `${entry.id} ${step.id}`).not.toMatch(/github\.com|gitlab\.com|gitee\.com/);
      expect(linked?.citation ?? '', `${entry.id} ${step.id}`).not.toMatch(/github/);
    }
  });

  it('every deadline links its page or law text, or its source says why there is no address to link', () => {
    const unlinked = deadlines.filter((x) => !x.linked?.url);
    for (const { entry, step, linked } of unlinked) {
      expect(linked?.noUrl?.en, `${entry.id} ${step.id} ${linked?.id}`).toMatch(/not|no /);
      expect(linked?.noUrl?.zhTW, `${entry.id} ${step.id} ${linked?.id}`).toBeTruthy();
    }
    // The WeChat 小店 complaint page's address is complete in the notes: it is linked.
    expect(allRules.flatMap((e) => e.sources).find((s) => s.id === 'wxshop-complaint')?.url).toBe(
      'https://developers.weixin.qq.com/doc/store/shop/guide/trade/complaint.html',
    );
  });

  it('a source with an address never also says it has none', () => {
    for (const entry of allRules)
      for (const s of entry.sources) expect(s.url && s.noUrl, `${entry.id} ${s.id}`).toBeFalsy();
  });

  it('law-based numbers in China link the official text (gov.cn, npc.gov.cn), not a copy', () => {
    for (const { entry, step, d, linked } of deadlines) {
      if (!d.sources.some((s) => s.startsWith('cn-cpl') || s === 'cn-7day')) continue;
      expect(new URL(linked!.url!).hostname, `${entry.id} ${step.id}`).toMatch(
        /(^|\.)(gov\.cn|npc\.gov\.cn)$|^rulechannel\.taobao\.com$|jd\.com$/,
      );
    }
  });
});
