import { describe, expect, it } from 'vitest';
import { roundNumber, roundSvgGeometry } from '../../src/lib/svg-precision.ts';

describe('SVG precision', () => {
  it('rounds long decimals in geometry attributes only', () => {
    const svg = '<svg><path d="M10.123456,20.987654L30.5,40" transform="translate(0.04999,1)"></path><text x="5.55555">3.14159 procent</text></svg>';
    expect(roundSvgGeometry(svg)).toBe('<svg><path d="M10.1,21L30.5,40" transform="translate(0,1)"></path><text x="5.6">3.14159 procent</text></svg>');
  });
  it('keeps integers and one-decimal numbers, and never writes -0', () => {
    expect(roundNumber('12 3.5 -0.04 7.25')).toBe('12 3.5 0 7.3');
  });
});
