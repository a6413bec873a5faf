import { describe, expect, it } from 'vitest';
import { buildCsv, csvField } from '../../../src/ui/charts/csv';
import { chartFileName, slug } from '../../../src/ui/charts/file-name';
import { seriesColor } from '../../../src/ui/charts/palette';

describe('CSV building', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(buildCsv({ header: ['a', 'b'], rows: [[1, '2'], [null, undefined]] })).toBe('a,b\r\n1,2\r\n,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('leaves numbers and negative decimal strings alone but defuses formulas', () => {
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField('-3450.25')).toBe('-3450.25');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('-name')).toBe("'-name");
  });

  it('writes empty cells for null and non-finite numbers, never NaN', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(NaN)).toBe('');
    expect(csvField(Infinity)).toBe('');
    expect(csvField(true)).toBe('true');
  });
});

describe('download names', () => {
  it('makes a safe slug of the portfolio name', () => {
    expect(slug('Test book: BTC long, ETH short')).toBe('test-book-btc-long-eth-short');
    expect(slug('Crème brûlée')).toBe('creme-brulee');
    expect(slug('***')).toBe('portfolio');
    expect(slug('x'.repeat(100))).toHaveLength(60);
  });

  it('names the file after portfolio and chart', () => {
    expect(chartFileName('My book', 'health-factor', 'png')).toBe('my-book-health-factor.png');
  });
});

describe('palette', () => {
  it('cycles the series colours as CSS variables', () => {
    expect(seriesColor(0)).toBe('var(--ml-chart-series-1)');
    expect(seriesColor(8)).toBe('var(--ml-chart-series-1)');
  });
});
