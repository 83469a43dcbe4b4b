import { querySegments, stemEnglish } from '@app/text';

/**
 * Matching a day's listings against every saved search, in memory. A listing matches a search when it has each of the
 * search's words (as the search index would find them: a word of its text, a segment or a translation) and lies in its
 * field, region, mode and provider type. Each search is filed under one key, the rarest among the day's listings of its
 * words and facets; a listing then only looks at the searches filed under its own keys, so the work grows with the
 * matches, not with searches × listings.
 */

export interface AlertSearch {
  id: string;
  terms: string[];
  fieldCode: string | null;
  regionCode: string | null;
  mode: string | null;
  providerType: string | null;
  /** Listings changed before the search was saved are not news to it (epoch ms). */
  createdAt: number;
}

export interface AlertListing {
  id: string;
  /** Title, keywords, description and names, lowercased: Chinese words are looked up in it. */
  text: string;
  /** Words, segments and translations, lowercased. */
  terms: Set<string>;
  fieldCodes: string[];
  regionCodes: string[];
  modes: string[];
  providerType: string | null;
  /** When the listing last changed (epoch ms). */
  changedAt: number;
}

const CHINESE = /^[\p{Script=Han}]+$/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** The words a saved query needs, segmented the way the search index segments queries (English words by their stem). */
export function queryTerms(query: string | null | undefined): string[] {
  const q = query?.trim();
  if (!q) return [];
  const words = querySegments(q).toLowerCase().split(/\s+/).filter(Boolean);
  return [...new Set(words.map((w) => (CHINESE.test(w) ? w : stemEnglish(w))))];
}

/** The terms a listing offers, from the text and the index document's `segments` and `translations`. */
export function listingTerms(text: string, segments: string, translations: string): Set<string> {
  const terms = new Set<string>();
  const addWord = (w: string) => {
    terms.add(w);
    if (!CHINESE.test(w)) terms.add(stemEnglish(w));
  };
  for (const w of text.toLowerCase().match(WORDS) ?? []) addWord(w);
  for (const w of translations.toLowerCase().match(WORDS) ?? []) addWord(w);
  for (const s of segments.split(' ')) if (s) terms.add(s);
  return terms;
}

function hasTerm(listing: AlertListing, term: string): boolean {
  return listing.terms.has(term) || (CHINESE.test(term) && listing.text.includes(term));
}

/** A Chinese word is found by its first two characters (every Chinese text contributes its character pairs). */
function termKey(term: string): string | null {
  if (!CHINESE.test(term)) return term;
  return term.length >= 2 ? [...term].slice(0, 2).join('') : null;
}

function listingKeys(listing: AlertListing): Set<string> {
  const keys = new Set<string>(['*']);
  for (const t of listing.terms) {
    keys.add(t);
    if (CHINESE.test(t) && t.length > 2) keys.add([...t].slice(0, 2).join(''));
  }
  for (const c of listing.fieldCodes) keys.add(`f:${c}`);
  for (const c of listing.regionCodes) keys.add(`r:${c}`);
  return keys;
}

function searchKeys(search: AlertSearch): string[] {
  const keys: string[] = [];
  for (const t of search.terms) {
    const key = termKey(t);
    if (key) keys.push(key);
  }
  if (search.fieldCode) keys.push(`f:${search.fieldCode}`);
  if (search.regionCode) keys.push(`r:${search.regionCode}`);
  return keys;
}

export function matches(search: AlertSearch, listing: AlertListing): boolean {
  return (
    listing.changedAt > search.createdAt &&
    (!search.fieldCode || listing.fieldCodes.includes(search.fieldCode)) &&
    (!search.regionCode || listing.regionCodes.includes(search.regionCode)) &&
    (!search.mode || listing.modes.includes(search.mode)) &&
    (!search.providerType || listing.providerType === search.providerType) &&
    search.terms.every((t) => hasTerm(listing, t))
  );
}

/** Every (search, listing) pair that matches; each pair is examined at most once. */
export function matchListings(
  searches: readonly AlertSearch[],
  listings: readonly AlertListing[],
): { searchId: string; listingId: string }[] {
  const keysOf = listings.map(listingKeys);
  const frequency = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);

  const filed = new Map<string, AlertSearch[]>();
  for (const search of searches) {
    const keys = searchKeys(search);
    let best = '*';
    let bestCount = listings.length;
    for (const k of keys) {
      const count = frequency.get(k) ?? 0;
      if (count < bestCount) [best, bestCount] = [k, count];
    }
    if (bestCount === 0) continue; // none of today's listings has this key: nothing can match
    const list = filed.get(best);
    if (list) list.push(search);
    else filed.set(best, [search]);
  }

  const pairs: { searchId: string; listingId: string }[] = [];
  listings.forEach((listing, i) => {
    for (const key of keysOf[i]) {
      for (const search of filed.get(key) ?? [])
        if (matches(search, listing)) pairs.push({ searchId: search.id, listingId: listing.id });
    }
  });
  return pairs;
}
