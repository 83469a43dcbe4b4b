import { Capability, Need, ListingsReads } from '@app/listings';
import { IdentityReads } from '@app/identity';
import { capabilityDocument, needDocument } from '@app/search';
import { EntityManager } from 'typeorm';
import { AlertListing, listingTerms } from './alert-matcher';

export type ListingSource = 'needs' | 'capabilities';
export const LISTING_SOURCES: readonly ListingSource[] = ['needs', 'capabilities'];
export const LISTING_TYPE_OF: Record<ListingSource, 'need' | 'capability'> = {
  needs: 'need',
  capabilities: 'capability',
};

/** A page of published listings changed after `since`, in id order after `afterId`. */
export interface ListingPage {
  since: Date;
  afterId: string;
  limit: number;
}

const ownText = (
  doc: { title: string; keywords: string[]; description: string; fieldNames: string[] },
  ...names: (string | null)[]
) => [doc.title, ...doc.keywords, doc.description, ...doc.fieldNames, ...names].filter(Boolean).join(' ').toLowerCase();

/**
 * The listings as alerts see them, built from the same documents the search index gets (public parts only, the same
 * segments and translations), so a saved search finds what the search page would.
 */
export async function loadChangedListings(
  manager: EntityManager,
  source: ListingSource,
  page: ListingPage,
): Promise<{ lastId: string | null; count: number; listings: AlertListing[] }> {
  const entity = source === 'needs' ? Need : Capability;
  const rows = await manager
    .getRepository<Need | Capability>(entity)
    .createQueryBuilder('l')
    .where(`l.status = 'published' and l.updated_at > :since and l.id > :afterId`, page)
    .orderBy('l.id')
    .limit(page.limit)
    .getMany();
  const lastId = rows.length ? rows[rows.length - 1].id : null;
  if (source === 'needs') return { lastId, count: rows.length, listings: await needListings(manager, rows as Need[]) };
  return { lastId, count: rows.length, listings: await capabilityListings(manager, rows as Capability[]) };
}

async function needListings(manager: EntityManager, needs: Need[]): Promise<AlertListing[]> {
  const orgName = await IdentityReads.organizationNames(
    manager,
    needs.map((n) => n.organizationId),
  );
  return needs.map((need) => {
    const doc = needDocument(need, orgName.get(need.organizationId) ?? null);
    return {
      id: need.id,
      text: ownText(doc, doc.organizationName),
      terms: listingTerms(ownText(doc, doc.organizationName), doc.segments, doc.translations),
      fieldCodes: doc.fieldCodes,
      regionCodes: doc.regionCodes,
      modes: doc.modes,
      providerType: null,
      changedAt: need.updatedAt.getTime(),
    };
  });
}

async function capabilityListings(manager: EntityManager, capabilities: Capability[]): Promise<AlertListing[]> {
  const providerIds = [...new Set(capabilities.map((c) => c.providerId))];
  const providers = await ListingsReads.providers(manager, providerIds);
  const providerOf = new Map(providers.map((p) => [p.id, p]));
  return capabilities.flatMap((capability) => {
    const provider = providerOf.get(capability.providerId);
    if (!provider) return [];
    const doc = capabilityDocument(capability, provider);
    const text = ownText(doc, doc.providerName);
    return [
      {
        id: capability.id,
        text,
        terms: listingTerms(text, doc.segments, doc.translations),
        fieldCodes: doc.fieldCodes,
        regionCodes: doc.regionCodes,
        modes: doc.modes,
        providerType: doc.providerType,
        changedAt: capability.updatedAt.getTime(),
      },
    ];
  });
}
