import { describe, expect, it } from 'vitest';
import { allRules } from '../../../utils/rules';

describe('load', () => {
  it('loads', () => {
    expect(allRules.length).toBeGreaterThan(10);
  });
});
