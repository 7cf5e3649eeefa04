/**
 * The numbers a figure's `given` words name: numerals ("2,000", "30km", "1.5 million")
 * and number words ("four", "a dozen", "three million", "eight-year-old"). Plural scales
 * ("hundreds", "tens of thousands") name no number: they are vague amounts.
 */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, a: 1, an: 1, week: 7,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** A numeral, or a word, with the scale words after it. */
const TOKEN = /(\d[\d,]*(?:\.\d+)?)|([a-z]+)/gi;

/** Every number the words name, in order. */
export function numbersInGiven(given: string): number[] {
  const numbers: number[] = [];
  let current: number | undefined;
  /** Whether `current` is more than a bare "a" or "an", which are articles, not numbers. */
  let named = false;
  let fromWord = false;
  const start = (value: number, word: boolean, isNumber: boolean) => {
    close();
    current = value;
    fromWord = word;
    named = isNumber;
  };
  const close = () => {
    if (current !== undefined && named) numbers.push(current);
    current = undefined;
  };
  for (const [, numeral, word] of given.matchAll(TOKEN)) {
    const lower = word?.toLowerCase() ?? '';
    if (numeral !== undefined) start(Number(numeral.replace(/,/g, '')), false, true);
    else if (lower in SCALE && current !== undefined) {
      current *= SCALE[lower]!;
      named = true;
    } else if (lower in SMALL) {
      const value = SMALL[lower]!;
      // "twenty five": tens, then units.
      if (fromWord && current !== undefined && current >= 20 && current % 10 === 0 && value < 10) current += value;
      else start(value, true, lower !== 'a' && lower !== 'an');
    } else close();
  }
  close();
  return numbers;
}
