import { listRegions, regionEnglishName, regionShortName } from '@app/reference';

/** 统一社会信用代码: 18 characters, digits and capital letters without I, O, S, V, Z. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Words that say what kind of organisation it is, not which one: dropped from the end of a name. */
const CHINESE_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '集团公司',
  '总公司',
  '分公司',
  '公司',
  '集团',
  '股份',
  '科技',
  '技术',
  '实业',
  '工业',
  '制造',
  '发展',
  '研究院',
  '研究所',
];
const ENGLISH_SUFFIXES = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'plc',
  'group',
  'holdings',
  'technology',
  'technologies',
  'tech',
  'industrial',
  'industry',
  'industries',
  'manufacturing',
  'development',
  'the',
  'of',
  'and',
]);

let regionPrefixes: { chinese: string[]; english: Set<string> } | null = null;

/** Region names that start a company name ("广东省", "佛山", "Foshan"), longest first. */
function prefixes() {
  if (!regionPrefixes) {
    const regions = listRegions().filter((r) => r.level !== 'county');
    const chinese = new Set<string>();
    const english = new Set<string>();
    for (const r of regions) {
      chinese.add(r.name);
      const short = regionShortName(r.code);
      if (short && short.length >= 2) chinese.add(short);
      const en = regionEnglishName(r.code);
      if (en) english.add(en.toLowerCase().replace(/[^a-z]/g, ''));
    }
    regionPrefixes = { chinese: [...chinese].sort((a, b) => b.length - a.length), english };
  }
  return regionPrefixes;
}

/** Full-width letters and digits to ASCII, then lower case. */
function halfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

function chineseKey(value: string): string {
  let key = value.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\p{Script=Han}a-z0-9]/gu, '');
  for (let changed = true; changed;) {
    changed = false;
    const prefix = prefixes().chinese.find((p) => key.startsWith(p) && key.length - p.length >= 2);
    if (prefix) {
      key = key.slice(prefix.length);
      changed = true;
    }
    const suffix = CHINESE_SUFFIXES.find((s) => key.endsWith(s) && key.length - s.length >= 2);
    if (suffix) {
      key = key.slice(0, -suffix.length);
      changed = true;
    }
  }
  return key;
}

function englishKey(value: string): string {
  const words = value
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const kept = words.filter(
    (w, i) => !ENGLISH_SUFFIXES.has(w) && !(i === 0 && words.length > 1 && prefixes().english.has(w)),
  );
  return (kept.length ? kept : words).join(' ');
}

/**
 * The part of an organisation's name that tells it apart: "佛山市瑞丰科技有限公司" and "瑞丰科技" both give "瑞丰",
 * "Foshan Ruifeng Technology Co., Ltd." gives "ruifeng". Chinese and English names are only linked by declared aliases.
 */
export function organizationKey(name: string): string {
  const value = halfWidth(name).trim();
  return /\p{Script=Han}/u.test(value) ? chineseKey(value) : englishKey(value);
}

export interface OrganizationRef {
  name: string;
  aliases?: string[];
  creditCode?: string | null;
}

export type NameMatch = 'credit_code' | 'name';

/**
 * Whether two references name the same organisation: the same credit code, or a name or alias of one with the same
 * key as a name or alias of the other, or one key inside the other when the shorter is distinctive (3+ Chinese
 * characters, 5+ letters): "中南大学" is inside "中南大学材料学院".
 */
export function sameOrganization(a: OrganizationRef, b: OrganizationRef): NameMatch | null {
  if (a.creditCode && b.creditCode)
    return a.creditCode.toUpperCase() === b.creditCode.toUpperCase() ? 'credit_code' : null;
  const keysOf = (ref: OrganizationRef) =>
    [ref.name, ...(ref.aliases ?? [])].map(organizationKey).filter((k) => k.length >= 2);
  const left = keysOf(a);
  const right = keysOf(b);
  return left.some((x) => right.some((y) => x === y || contains(x, y) || contains(y, x))) ? 'name' : null;
}

function contains(long: string, short: string): boolean {
  const distinctive = /\p{Script=Han}/u.test(short) ? [...short].length >= 3 : short.length >= 5;
  return distinctive && long.length > short.length && long.includes(short);
}
