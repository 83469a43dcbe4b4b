import { searchSegments, translateTerms } from '@app/text';
import { AlertListing, AlertSearch, listingTerms, matchListings, queryTerms } from './alert-matcher';

function listing(id: string, title: string, extra: Partial<AlertListing> = {}): AlertListing {
  const text = title.toLowerCase();
  return {
    id,
    text,
    terms: listingTerms(text, searchSegments(title), translateTerms(title).join(' ')),
    fieldCodes: [],
    regionCodes: ['440000', '440600'],
    modes: [],
    providerType: null,
    changedAt: 2000,
    ...extra,
  };
}

function search(id: string, q: string, extra: Partial<AlertSearch> = {}): AlertSearch {
  return {
    id,
    terms: queryTerms(q),
    fieldCode: null,
    regionCode: null,
    mode: null,
    providerType: null,
    createdAt: 1000,
    ...extra,
  };
}

const pairs = (searches: AlertSearch[], listings: AlertListing[]) =>
  matchListings(searches, listings)
    .map((p) => `${p.searchId}>${p.listingId}`)
    .sort();

describe('alert matcher', () => {
  const day = [
    listing('battery', '锂电池正极材料研发'),
    listing('knife', '刀具表面热处理工艺改进', { regionCodes: ['440000', '441700'], fieldCodes: ['F1'] }),
    listing('english', 'Lithium battery recycling line'),
  ];

  it('finds a listing by words cut differently from its text, and across languages', () => {
    expect(pairs([search('s1', '电池材料')], day)).toEqual(['s1>battery']);
    expect(pairs([search('s2', 'batteries')], day)).toEqual(['s2>battery', 's2>english']);
  });

  it('needs every word and every facet', () => {
    expect(pairs([search('s3', '电池 热处理')], day)).toEqual([]);
    expect(pairs([search('s4', '热处理', { regionCode: '440600' })], day)).toEqual([]);
    expect(pairs([search('s5', '热处理', { regionCode: '441700', fieldCode: 'F1' })], day)).toEqual(['s5>knife']);
    expect(pairs([search('s6', '', { fieldCode: 'F1' })], day)).toEqual(['s6>knife']);
  });

  it('leaves out listings that changed before the search was saved', () => {
    expect(pairs([search('s7', '电池材料', { createdAt: 3000 })], day)).toEqual([]);
  });

  it('examines each pair at most once, whichever key a search is filed under', () => {
    const searches = Array.from({ length: 200 }, (_, i) => search(`q${i}`, i % 2 ? '电池' : '锂电池 正极'));
    const found = matchListings(searches, day);
    expect(new Set(found.map((p) => `${p.searchId}>${p.listingId}`)).size).toBe(found.length);
    expect(found.filter((p) => p.listingId === 'battery')).toHaveLength(200);
  });
});
