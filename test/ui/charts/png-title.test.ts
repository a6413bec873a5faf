import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../src/ui/charts/png';

// A saved chart's heading is "book name: chart title"; a long book name ran past the picture's edge.
// Measured here at 8 px a character, as a 15 px font roughly is.

const width = (text: string) => text.length * 8;

describe('titleLines', () => {
  it('keeps a short title on one line', () => {
    expect(titleLines('Leveraged ETH long: health curves', 400, width)).toEqual(['Leveraged ETH long: health curves']);
  });

  it('breaks a long title between words, no line wider than the picture', () => {
    const title = 'Multi-asset perpetuals book with several isolated side bets: capital needed under each margin regime';
    const lines = titleLines(title, 300, width);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(300);
  });

  it('gives a word wider than the picture a line of its own, and an empty title one empty line', () => {
    expect(titleLines('a VeryLongBookNameWithoutSpacesAtAll b', 100, width)).toEqual(['a', 'VeryLongBookNameWithoutSpacesAtAll', 'b']);
    expect(titleLines('', 100, width)).toEqual(['']);
  });
});
