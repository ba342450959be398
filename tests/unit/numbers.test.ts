import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumber, toHalfWidth, multiplier } from '../../src/text/numbers.js';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['三百万', 3_000_000],
    ['两万', 20_000],
    ['一亿五千万', 150_000_000],
    ['十二万', 120_000],
    ['万', 10_000],
    ['二〇二四', 2024],
  ])('%s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('一是')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('mixed and Arabic numbers', () => {
  it('applies Chinese multipliers to Arabic numbers without binary noise', () => {
    expect(parseNumber('1.3万亿')).toBe(1.3e12);
    expect(parseNumber('1.3万')).toBe(13000);
    expect(parseNumber('2.67万亿')).toBe(2.67e12);
    expect(multiplier('万亿')).toBe(1e12);
  });

  it('reads thousands separators and full-width digits', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('１２.５')).toBe(12.5);
    expect(parseNumber('abc')).toBeNull();
  });

  it('maps full-width forms one character for one, keeping Chinese clause punctuation', () => {
    const s = '增长１２％，达到３０％；';
    const h = toHalfWidth(s);
    expect(h.length).toBe(s.length);
    expect(h).toBe('增长12%，达到30%；');
  });
});
