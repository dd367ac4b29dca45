import { describe, expect, it } from 'vitest';
import {
  CANVAS_MAX_AREA,
  CANVAS_MAX_SIDE,
  clampRect,
  drawStep,
  maxPartHeight,
  planBands,
  planParts,
  planTiles,
} from '../../../utils/capture/geometry';

describe('band plan for scroll and stitch', () => {
  it('steps one visible height at a time and covers the whole range', () => {
    expect(planBands(0, 2500, 800)).toEqual([0, 800, 1600, 2400]);
    expect(planBands(1000, 1500, 800)).toEqual([1000]);
    expect(planBands(0, 0, 800)).toEqual([0]);
    expect(() => planBands(0, 100, 0)).toThrow();
  });
});

describe('parts within the canvas limits', () => {
  it('keeps a page under the limits in one part', () => {
    expect(planParts(1280, 10_460)).toEqual([{ top: 0, height: 10_460 }]);
  });

  it('splits a tall page into equal numbered parts that meet edge to edge, none beyond either limit', () => {
    for (const [w, h] of [
      [1280, 100_000],
      [2560, 65_535],
      [10_000, 40_000],
      [32_767, 9_000],
    ] as const) {
      const parts = planParts(w, h);
      expect(parts.length).toBeGreaterThan(1);
      let next = 0;
      for (const p of parts) {
        expect(p.top).toBe(next);
        expect(p.height).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
        expect(p.height * w).toBeLessThanOrEqual(CANVAS_MAX_AREA);
        next += p.height;
      }
      expect(next).toBe(h);
    }
  });

  it('uses the area limit when the page is wide', () => {
    expect(maxPartHeight(10_000)).toBe(26_843);
    expect(maxPartHeight(1000)).toBe(CANVAS_MAX_SIDE);
    expect(() => maxPartHeight(40_000)).toThrow(/beyond the canvas limit/);
  });
});

describe('debugger tiles', () => {
  it('keeps every tile at most 16,384 device px and covers the page', () => {
    const tiles = planTiles(24_000, 2);
    expect(tiles.every((t) => t.height * 2 <= 16_384)).toBe(true);
    expect(tiles.reduce((n, t) => n + t.height, 0)).toBe(24_000);
    expect(planTiles(10_000, 1)).toEqual([{ y: 0, height: 10_000 }]);
  });
});

describe('drawing bands into the output', () => {
  const target = { x: 0, y: 0, width: 1280, height: 2000 };
  it('places each band at its page position and adjacent bands meet without gap or overlap', () => {
    const a = drawStep({ x: 0, y: 0, width: 1280, height: 800, scale: 1.5 }, target, 1.5, 0, 3000)!;
    const b = drawStep({ x: 0, y: 800, width: 1280, height: 800, scale: 1.5 }, target, 1.5, 0, 3000)!;
    expect(a).toEqual({ sx: 0, sy: 0, sw: 1920, sh: 1200, dx: 0, dy: 0 });
    expect(b.dy).toBe(a.dy + a.sh);
  });

  it('draws a clamped last band at its true place, cut at the target bottom', () => {
    const last = drawStep({ x: 0, y: 1200, width: 1280, height: 800, scale: 1 }, target, 1, 0, 2000)!;
    expect(last).toEqual({ sx: 0, sy: 0, sw: 1280, sh: 800, dx: 0, dy: 1200 });
  });

  it('crops a region out of a band and skips bands outside a part', () => {
    const region = { x: 100, y: 900, width: 300, height: 200 };
    expect(drawStep({ x: 0, y: 800, width: 1280, height: 800, scale: 2 }, region, 2, 0, 400)).toEqual({
      sx: 200,
      sy: 200,
      sw: 600,
      sh: 400,
      dx: 0,
      dy: 0,
    });
    expect(drawStep({ x: 0, y: 0, width: 1280, height: 800, scale: 1 }, region, 1, 0, 200)).toBeUndefined();
    // Second part of a split output: rows are counted from the part's top.
    expect(drawStep({ x: 0, y: 800, width: 1280, height: 800, scale: 1 }, target, 1, 1000, 1000)).toEqual({
      sx: 0,
      sy: 200,
      sw: 1280,
      sh: 600,
      dx: 0,
      dy: 0,
    });
  });
});

describe('clampRect', () => {
  it('rounds outwards to whole px and clamps to the page', () => {
    expect(clampRect({ x: 10.4, y: 20.6, width: 100.2, height: 50 }, { width: 1280, height: 5000 })).toEqual({
      x: 10,
      y: 20,
      width: 101,
      height: 51,
    });
    expect(clampRect({ x: -5, y: 4990, width: 20, height: 40 }, { width: 1280, height: 5000 })).toEqual({
      x: 0,
      y: 4990,
      width: 15,
      height: 10,
    });
    expect(clampRect({ x: 2000, y: 0, width: 20, height: 40 }, { width: 1280, height: 5000 })).toBeUndefined();
  });
});
