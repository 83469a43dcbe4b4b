import { Bag, ProviderProfile } from './profiles';

/**
 * Bumped whenever what a profile holds or how it is built changes (text segmentation, weights of its parts):
 * stored profiles of another version are rebuilt.
 */
export const PROFILE_VERSION = 'p1';

type StoredBag = [string[], number[]];

interface StoredProfile {
  kind: ProviderProfile['kind'];
  externalId: string | null;
  regionCode: string | null;
  available: boolean;
  fieldCodes: string[];
  core: StoredBag;
  all: StoredBag;
  capabilities: { id: string; title: string; bag: StoredBag }[];
  publications: { title: string; year: number | null; bag: StoredBag }[];
}

const packBag = (bag: Bag): StoredBag => [[...bag.keys()], [...bag.values()]];

function unpackBag([terms, weights]: StoredBag): Bag {
  const bag: Bag = new Map();
  terms.forEach((t, i) => bag.set(t, weights[i]));
  return bag;
}

export function encodeProfile(p: ProviderProfile): string {
  const stored: StoredProfile = {
    kind: p.kind, externalId: p.externalId, regionCode: p.regionCode, available: p.available, fieldCodes: [...p.fieldCodes],
    core: packBag(p.core), all: packBag(p.all),
    capabilities: p.capabilities.map((c) => ({ id: c.id, title: c.title, bag: packBag(c.bag) })),
    publications: p.publications.map((x) => ({ title: x.title, year: x.year, bag: packBag(x.bag) })),
  };
  return JSON.stringify(stored);
}

export function decodeProfile(id: string, revision: number, json: string): ProviderProfile {
  const s = JSON.parse(json) as StoredProfile;
  return {
    id, revision, kind: s.kind, externalId: s.externalId, regionCode: s.regionCode, available: s.available, fieldCodes: new Set(s.fieldCodes),
    core: unpackBag(s.core), all: unpackBag(s.all),
    capabilities: s.capabilities.map((c) => ({ id: c.id, title: c.title, bag: unpackBag(c.bag) })),
    publications: s.publications.map((x) => ({ title: x.title, year: x.year, bag: unpackBag(x.bag) })),
  };
}
