import { describe, expect, it } from 'vitest';
import { isUsStateCode, usStates } from './us-states.ts';

describe('the US states list', () => {
  it('has the 50 states, DC, five territories and three armed-forces codes, once each', () => {
    const codes = usStates.map((state) => state.code);
    expect(codes).toHaveLength(59);
    expect(new Set(codes).size).toBe(59);
    expect(codes).toEqual(
      expect.arrayContaining(['SC', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP']),
    );
  });

  it('knows codes in capitals only', () => {
    expect(isUsStateCode('SC')).toBe(true);
    expect(isUsStateCode('sc')).toBe(false);
    expect(isUsStateCode('XX')).toBe(false);
  });
});
