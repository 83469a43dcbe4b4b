import { FieldError } from '@app/common';
import { EntityManager } from 'typeorm';
import { Capability } from '../entities/capability.entity';
import { CooperationMode, ListingStatus } from '../entities/listing-status';
import { Provider } from '../entities/provider.entity';
import { ListingKind } from '../lifecycle/listing-kind';
import { ListingDerivations } from '../listing-derivations';

/** What an owner edits on a capability; a pending revision proposes a whole CapabilityContent. */
export interface CapabilityContent {
  title: string;
  description: string;
  fields: string[];
  keywords: string[];
  serviceModes: CooperationMode[];
  regionCodes: string[];
  availability: string | null;
}

export const EMPTY_CAPABILITY: CapabilityContent = {
  title: '',
  description: '',
  fields: [],
  keywords: [],
  serviceModes: [],
  regionCodes: [],
  availability: null,
};

const CAPABILITY_CONTENT_KEYS = Object.keys(EMPTY_CAPABILITY) as (keyof CapabilityContent)[];

/**
 * Capabilities in the lifecycle: owned by the provider's organisation (society, workstation) or by the expert's own
 * account, reviewed in the provider's region (the first region served when the provider has none). A provider's
 * profile, index document and matches include its published capabilities, so publishing one re-indexes and
 * re-matches the provider.
 */
export const capabilityKind: ListingKind<Capability, CapabilityContent> = {
  type: 'capability',
  entity: Capability,

  async scopeOf(capability: Capability, manager: EntityManager) {
    const provider = await manager.findOne(Provider, {
      where: { id: capability.providerId },
      select: { id: true, organizationId: true, userId: true, regionCode: true, stewardOrganizationId: true },
    });
    return {
      organizationId: provider?.organizationId ?? null,
      ownerUserId: provider?.userId ?? null,
      regionCode: provider?.regionCode ?? capability.regionCodes[0] ?? null,
      stewardOrganizationId: provider?.stewardOrganizationId ?? null,
    };
  },

  contentOf(capability: Capability): CapabilityContent {
    return Object.fromEntries(CAPABILITY_CONTENT_KEYS.map((k) => [k, capability[k]])) as unknown as CapabilityContent;
  },

  reviewErrors(content: CapabilityContent): FieldError[] {
    const errors: FieldError[] = [];
    if (!content.title.trim()) errors.push({ field: 'title', constraint: 'requiredForReview' });
    if (!content.description.trim()) errors.push({ field: 'description', constraint: 'requiredForReview' });
    return errors;
  },

  async propagate(
    manager: EntityManager,
    capability: Capability,
    before: { status: ListingStatus },
    derived: ListingDerivations,
  ) {
    await derived.reindex(manager, 'capability', [capability.id]);
    if (before.status !== 'published' && capability.status !== 'published') return;
    const [bumped]: [{ id: string; revision: number }[]] = await manager.query(
      'update providers set revision = revision + 1, updated_at = now() where id = $1 returning id, revision',
      [capability.providerId],
    );
    await derived.reindex(manager, 'provider', [capability.providerId]);
    await derived.rematch(manager, 'provider', bumped);
  },
};
