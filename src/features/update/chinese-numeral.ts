/** Chinese numerals as reports write them in running text: 两个, 十二, 一百二十, 千余. */
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 十二 → 12, 一百二十 → 120, 千 → 1000, 三万五千 → 35000; NaN for what is not a numeral. */
export function chineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return NaN; // 二三: not a numeral
      digit = CHINESE_DIGITS[ch] ?? 0;
    } else if (ch in CHINESE_UNITS) {
      section += (digit ?? 1) * (CHINESE_UNITS[ch] ?? 1);
      digit = null;
    } else if (ch in MULTIPLIERS) {
      total = (total + section + (digit ?? 0)) * (MULTIPLIERS[ch] ?? 1);
      if (total === 0) total = MULTIPLIERS[ch] ?? 1;
      section = 0;
      digit = null;
    } else return NaN;
  }
  return total + section + (digit ?? 0);
}
