/**
 * Name handling for regions: short-name derivation ("佛山市" → "佛山") and the
 * normalisation used for every lookup key.
 */
import { ETHNIC_GROUPS } from './region-names.data';
import type { RegionLevel } from './region.types';

/** Short names shorter than this are not indexed ("赵县" stays "赵县", never "赵"). */
const MIN_SHORT_LENGTH = 2;

const AUTONOMOUS_SUFFIXES = ['自治区', '自治州', '自治县', '自治旗'];

const PLAIN_SUFFIXES: Readonly<Record<RegionLevel, readonly string[]>> = {
  province: ['特别行政区', '省', '市'],
  city: ['地区', '盟', '市'],
  county: ['林区', '特区', '新区', '区', '县', '市', '旗'],
};

function stripEthnicGroups(stem: string): string {
  let current = stem;
  for (;;) {
    let next: string | null = null;
    for (const group of ETHNIC_GROUPS) {
      // Single-character groups ("回", "藏") only count when followed by 族,
      // longer ones ("维吾尔", "蒙古") may stand alone as in "新疆维吾尔自治区".
      const candidates = group.length > 1 ? [`${group}族`, group] : [`${group}族`];
      const hit = candidates.find((c) => current.endsWith(c) && current.length - c.length >= MIN_SHORT_LENGTH);
      if (hit) {
        next = current.slice(0, current.length - hit.length);
        break;
      }
    }
    if (next === null) return current;
    current = next;
  }
}

/**
 * Derives the colloquial short name of an official name, or null when there is
 * none worth indexing: "广东省" → "广东", "延边朝鲜族自治州" → "延边",
 * "白沙黎族自治县" → "白沙", "神农架林区" → "神农架", "城区" → null.
 */
export function deriveShortName(name: string, level: RegionLevel): string | null {
  for (const suffix of AUTONOMOUS_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= MIN_SHORT_LENGTH) {
      const short = stripEthnicGroups(name.slice(0, name.length - suffix.length));
      return short === name ? null : short;
    }
  }
  for (const suffix of PLAIN_SUFFIXES[level]) {
    if (name.endsWith(suffix) && name.length - suffix.length >= MIN_SHORT_LENGTH) {
      return name.slice(0, name.length - suffix.length);
    }
  }
  return null;
}

/** Words ignored in Latin-script input ("Foshan City, Guangdong Province"). */
const LATIN_FILLER_WORDS = new Set([
  'province',
  'provincial',
  'city',
  'prefecture',
  'prefectural',
  'district',
  'county',
  'municipality',
  'autonomous',
  'region',
  'sar',
  'special',
  'administrative',
  'shi',
  'sheng',
  'china',
  'prc',
  'pr',
]);

/** Chinese prefixes ignored at the start of input. */
const CHINESE_PREFIXES = ['中华人民共和国', '中国'];

/** Lookup key of a Chinese or English name: NFKC, lower case, letters and CJK characters only. */
export function nameKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z\u3400-\u9fff]/g, '');
}

/**
 * Turns free input into one compact key string: drops Latin filler words and a
 * leading "中国", then everything that is neither a letter nor a CJK character
 * (spaces, commas, apostrophes, digits...). "Foshan City, Guangdong" → "foshanguangdong".
 */
export function compactQuery(input: string): string {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,;/|，、；·()（）]+/)
    .filter((word) => !LATIN_FILLER_WORDS.has(word.replace(/[^a-z]/g, '')) || /[^\p{ASCII}]/u.test(word));
  let compact = nameKey(words.join(' '));
  for (const prefix of CHINESE_PREFIXES) {
    if (compact.startsWith(prefix) && compact.length > prefix.length) {
      compact = compact.slice(prefix.length);
      break;
    }
  }
  return compact;
}

/**
 * Normalises a division code given as 2, 4, 6, 9 or 12 digits to six digits
 * ("44" → "440000", "4406" → "440600", "440605001000" → "440605"); null otherwise.
 */
export function normaliseCode(input: string): string | null {
  const digits = input.trim();
  if (!/^\d+$/.test(digits)) return null;
  switch (digits.length) {
    case 2:
      return `${digits}0000`;
    case 4:
      return `${digits}00`;
    case 6:
      return digits;
    case 9:
    case 12:
      return digits.slice(0, 6);
    default:
      return null;
  }
}
