import { FieldError } from '@app/common';
import { EntityManager } from 'typeorm';
import { CooperationMode, ListingStatus } from '../entities/listing-status';
import { Need } from '../entities/need.entity';
import { todayInChina } from '../lifecycle/listing-input';
import { ListingKind } from '../lifecycle/listing-kind';
import { ListingDerivations } from '../listing-derivations';

export interface ConfidentialAttachment {
  name: string;
  url: string;
}

/** What an owner edits on a need; a pending revision proposes a whole NeedContent. */
export interface NeedContent {
  title: string;
  description: string;
  fields: string[];
  keywords: string[];
  regionCode: string | null;
  cooperationModes: CooperationMode[];
  budgetMin: string | null;
  budgetMax: string | null;
  deadline: string | null;
  confidentialDetails: string | null;
  confidentialAttachments: ConfidentialAttachment[];
}

export const EMPTY_NEED: NeedContent = {
  title: '',
  description: '',
  fields: [],
  keywords: [],
  regionCode: null,
  cooperationModes: [],
  budgetMin: null,
  budgetMax: null,
  deadline: null,
  confidentialDetails: null,
  confidentialAttachments: [],
};

const NEED_CONTENT_KEYS = Object.keys(EMPTY_NEED) as (keyof NeedContent)[];

/** Needs in the lifecycle: owned by an enterprise, reviewed in the need's region, matched once published. */
export const needKind: ListingKind<Need, NeedContent> = {
  type: 'need',
  entity: Need,

  async scopeOf(need: Need) {
    return {
      organizationId: need.organizationId,
      ownerUserId: null,
      regionCode: need.regionCode,
      stewardOrganizationId: need.stewardOrganizationId,
    };
  },

  contentOf(need: Need): NeedContent {
    const content = Object.fromEntries(NEED_CONTENT_KEYS.map((k) => [k, need[k]])) as unknown as NeedContent;
    // numeric columns come back as text; keep them in one canonical spelling so equal contents compare equal
    content.budgetMin = need.budgetMin === null ? null : String(Number(need.budgetMin));
    content.budgetMax = need.budgetMax === null ? null : String(Number(need.budgetMax));
    return content;
  },

  reviewErrors(content: NeedContent): FieldError[] {
    const errors: FieldError[] = [];
    if (!content.title.trim()) errors.push({ field: 'title', constraint: 'requiredForReview' });
    if (!content.description.trim()) errors.push({ field: 'description', constraint: 'requiredForReview' });
    if (!content.regionCode) errors.push({ field: 'region', constraint: 'requiredForReview' });
    if (content.deadline && content.deadline < todayInChina())
      errors.push({ field: 'deadline', constraint: 'notPast' });
    return errors;
  },

  async propagate(manager: EntityManager, need: Need, before: { status: ListingStatus }, derived: ListingDerivations) {
    await derived.reindex(manager, 'need', [need.id]);
    // Matching ranks published needs only; a need that leaves `published` has its matches removed by the same run.
    if (before.status === 'published' || need.status === 'published')
      await derived.rematch(manager, 'need', [{ id: need.id, revision: need.revision }]);
  },
};
