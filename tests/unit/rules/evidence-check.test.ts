import { describe, expect, it } from 'vitest';
import { checkEvidence, itemMeetsNeed, type EvidenceItem } from '../../../utils/rules/evidence-check';
import { ruleById } from '../../../utils/rules';

describe('checkEvidence', () => {
  const needs = [
    { need: 'order-data' as const },
    { need: 'tracking' as const },
    { need: 'photos' as const },
    { need: 'chat' as const, optional: true },
  ];

  it('reports every required need missing when there is no evidence', () => {
    const r = checkEvidence(needs, []);
    expect(r.complete).toBe(false);
    expect(r.met).toEqual([]);
    expect(r.missing.map((n) => n.need)).toEqual(['order-data', 'tracking', 'photos']);
    expect(r.optionalMissing.map((n) => n.need)).toEqual(['chat']);
  });

  it('matches by kind, by tag and by title words, and says which items matched', () => {
    const items: EvidenceItem[] = [
      { kind: 'order-data', title: 'Order 123' },
      { kind: 'screenshot', title: 'Tracking page, stuck since March 3' },
      { kind: 'uploaded-file', title: 'IMG_2231', tags: ['photos'] },
      { kind: 'chat-transcript', title: 'Seller conversation' },
    ];
    const r = checkEvidence(needs, items);
    expect(r.complete).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.optionalMissing).toEqual([]);
    expect(Object.fromEntries(r.met.map((n) => [n.need, n.matchedBy]))).toEqual({
      'order-data': [0],
      tracking: [1],
      photos: [2],
      chat: [3],
    });
  });

  it('understands Chinese titles', () => {
    expect(itemMeetsNeed({ kind: 'screenshot', title: '物流详情截图' }, 'tracking')).toBe(true);
    expect(itemMeetsNeed({ kind: 'uploaded-file', title: '开箱照片' }, 'photos')).toBe(true);
    expect(itemMeetsNeed({ kind: 'uploaded-file', title: '打包视频' }, 'packing-video')).toBe(true);
    expect(itemMeetsNeed({ kind: 'uploaded-file', title: 'SGS 检测报告' }, 'inspection-report')).toBe(true);
  });

  it('does not count a return parcel as the outbound tracking, or a packing video as a plain video', () => {
    expect(itemMeetsNeed({ kind: 'screenshot', title: 'Return tracking' }, 'tracking')).toBe(false);
    expect(itemMeetsNeed({ kind: 'screenshot', title: 'Return tracking' }, 'return-tracking')).toBe(true);
    expect(itemMeetsNeed({ kind: 'uploaded-file', title: '退货物流' }, 'tracking')).toBe(false);
    expect(itemMeetsNeed({ kind: 'uploaded-file', title: 'packing video.mp4' }, 'video')).toBe(false);
  });

  it('does not treat an unrelated item as evidence', () => {
    expect(itemMeetsNeed({ kind: 'note', title: 'Remember to call' }, 'photos')).toBe(false);
    expect(itemMeetsNeed({ kind: 'screenshot', title: 'Home page' }, 'listing')).toBe(false);
    expect(itemMeetsNeed({ kind: 'screenshot', title: 'Home page' }, 'order-data')).toBe(false);
  });

  it("works on a real step's needs", () => {
    const step = ruleById('aliexpress.buyer.damaged')!.steps[0]!;
    const r = checkEvidence(step.evidence, [{ kind: 'order-data', title: 'Order' }]);
    expect(r.met.map((n) => n.need)).toEqual(['order-data']);
    expect(r.missing.map((n) => n.need)).toContain('photos');
    expect(r.complete).toBe(false);
  });
});
