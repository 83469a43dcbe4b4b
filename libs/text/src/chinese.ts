// Chinese side of the analyser: splitting mixed text into Chinese and other
// runs, keeping meaningful jieba words, and finding dictionary words inside
// long compounds (锂电池 → 电池).
import { CHINESE_FUNCTION_WORDS, CHINESE_GENERIC_WORDS } from './stopwords';
import { cutWords } from './segmenter';

export interface TextRun {
  chinese: boolean;
  text: string;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const ALL_HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;
const NUMERAL = /^[第]?[零〇一二三四五六七八九十百千万亿两几]+$/;

// Single characters that name a material, element, crop or animal and so are
// worth keeping when jieba leaves them alone (氢 in 氢能源, 虾 in 虾病).
const MEANINGFUL_SINGLE_CHARACTERS = new Set(
  (
    '氢锂钠钾钙镁铝硅磷硫碳氮氧氟氯钛钒铬锰铁钴镍铜锌镓锗硒锶锆钼银锡锑钨铂金汞铅铋铀稀' +
    '钢煤油气电光热声磁水土沙石泥木竹纸布丝棉麻毛皮革胶漆蜡盐糖酒醋茶药肥菌藻酶膜' +
    '泵阀锅炉刀剪锁钉网线管瓷陶玻船车桥路' +
    '猪牛羊鸡鸭鹅鱼虾蟹贝蚌蚕蜂稻麦米豆薯菜果花草树林桑蔗姜蒜椒菇笋'
  ).split(''),
);

/** True when the string consists only of Chinese characters. */
export function isChinese(word: string): boolean {
  return ALL_HAN.test(word);
}

/**
 * Splits text into alternating Chinese and non-Chinese runs, in order, after
 * NFKC normalisation (full-width "ＰＬＣ５Ｇ" becomes "PLC5G").
 */
export function textRuns(input: string): TextRun[] {
  const text = input.normalize('NFKC');
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ chinese: false, text: text.slice(last, start) });
    runs.push({ chinese: true, text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ chinese: false, text: text.slice(last) });
  return runs;
}

/** True for a Chinese word that says something on its own (not a stopword, numeral or loose character). */
export function isMeaningfulChinese(word: string): boolean {
  if (!isChinese(word) || NUMERAL.test(word) || isStopword(word)) return false;
  if (word.length === 1) return MEANINGFUL_SINGLE_CHARACTERS.has(word);
  return !isGenericCompound(word);
}

function isStopword(word: string): boolean {
  return CHINESE_FUNCTION_WORDS.has(word) || CHINESE_GENERIC_WORDS.has(word);
}

// jieba keeps some boilerplate pairs as one word (技术开发, 研究开发, 技术服务):
// a word made only of two-character stopwords is boilerplate too.
function isGenericCompound(word: string): boolean {
  if (word.length < 4 || word.length % 2 !== 0) return false;
  for (let i = 0; i < word.length; i += 2) if (!isStopword(word.slice(i, i + 2))) return false;
  return true;
}

/** Meaningful jieba words of a run of Chinese characters, in order. */
export function chineseWords(run: string): string[] {
  return cutWords(run).filter(isMeaningfulChinese);
}

export interface InnerWords {
  suffixes: readonly string[];
  prefixes: readonly string[];
}

const NO_INNER_WORDS: InnerWords = { suffixes: [], prefixes: [] };
const innerCache = new Map<string, InnerWords>();
const INNER_CACHE_LIMIT = 50_000;

// Characters that, left over beside an inner word, show it is not the real
// split (无人机 is 无人 + 机, not 无 + 人机) or that they negate it (非金属).
const BAD_REMAINDERS = new Set('非无不未反抗防去除没'.split(''));

function isInnerWord(candidate: string, remainder: string): boolean {
  if (remainder.length === 1 && (BAD_REMAINDERS.has(remainder) || CHINESE_FUNCTION_WORDS.has(remainder))) return false;
  if (!isMeaningfulChinese(candidate)) return false;
  const words = cutWords(candidate, false);
  return words.length === 1 && words[0] === candidate;
}

/**
 * Meaningful dictionary words that begin or end a longer word, longest first:
 * 氢燃料电池 → 燃料电池, 电池; 中药材 → 药材, 中药. Suffixes are the head of a
 * Chinese compound (a 锂电池 is a kind of 电池), so callers may weight them higher.
 */
export function innerWords(word: string): InnerWords {
  if (word.length < 3) return NO_INNER_WORDS;
  let inner = innerCache.get(word);
  if (!inner) {
    const suffixes: string[] = [];
    const prefixes: string[] = [];
    for (let length = word.length - 1; length >= 2; length--) {
      const suffix = word.slice(word.length - length);
      const prefix = word.slice(0, length);
      if (isInnerWord(suffix, word.slice(0, word.length - length))) suffixes.push(suffix);
      if (isInnerWord(prefix, word.slice(length))) prefixes.push(prefix);
    }
    inner = { suffixes, prefixes };
    if (innerCache.size >= INNER_CACHE_LIMIT) innerCache.clear();
    innerCache.set(word, inner);
  }
  return inner;
}
