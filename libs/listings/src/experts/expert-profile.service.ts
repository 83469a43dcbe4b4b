import { AuditService } from '@app/audit';
import { DomainError, FieldError } from '@app/common';
import { Actor, regionCodeOf, regionView, throwIfInvalid, IdentityReads, IdentitySql } from '@app/identity';
import { JobDispatcher } from '@app/queue';
import { resolveField } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Provider } from '../entities/provider.entity';
import { Publication, PublicationKind } from '../entities/publication.entity';
import { ListingDerivations } from '../listing-derivations';
import { ListingLifecycle } from '../lifecycle/listing-lifecycle.service';
import { ListingRevision } from '../lifecycle/listing-revision.entity';
import {
  contentOf,
  ExpertWork,
  fingerprint,
  pendingEditOf,
  profileChange,
  ProfileContent,
  ProfileEdit,
  profileState,
  PROFILE_TYPE,
} from './profile-review';

export type { ExpertWork } from './profile-review';

/** What an expert writes about themselves: the whole profile is replaced on every save. */
export interface ExpertProfileInput {
  name?: string;
  /** 院士, 教授, 研究员, 高级工程师 … */
  title?: string;
  affiliation?: string;
  region?: string;
  /** Disciplines (field taxonomy codes or names). */
  fields?: string[];
  /** Research interests. */
  keywords?: string[];
  bio?: string;
  available?: boolean;
  contactEmail?: string;
  contactPhone?: string;
  /** Publications, patents and achievements, in the order given. */
  publications?: { kind?: PublicationKind; title: string; abstract?: string; year?: number }[];
}

/**
 * An expert's own provider profile (kind 'expert', linked to the account). A new profile waits for a coordinator in
 * charge of its region and is public nowhere until approved (ExpertProfileReview); while it waits or after it was
 * returned, saving changes it in place (revision + 1) and sends it again. An edit of an approved profile becomes a
 * pending revision (listing_revisions, type 'provider') and the approved text stays public until the edit is approved.
 */
@Injectable()
export class ExpertProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobDispatcher,
    private readonly derivations: ListingDerivations,
    private readonly lifecycle: ListingLifecycle,
  ) {}

  async get(actor: Actor) {
    const provider = await this.db.getRepository(Provider).findOneBy({ userId: actor.userId, kind: 'expert' });
    if (!provider) throw DomainError.notFound('expert profile');
    return this.view(this.db.manager, provider);
  }

  async save(actor: Actor, input: ExpertProfileInput) {
    const errors: FieldError[] = [];
    const regionCode = regionCodeOf(input.region ?? null, 'region', errors) ?? null;
    throwIfInvalid(errors);
    const emailIds: string[] = [];
    const saved = await this.db.transaction(async (m) => {
      // One profile per account, even when two saves race: they queue on the account's row.
      const user = await IdentityReads.lockUser(m, actor.userId);
      const content: ProfileContent = {
        name: input.name?.trim() || (user?.displayName ?? ''),
        title: input.title ?? null,
        affiliation: input.affiliation ?? null,
        regionCode,
        fields: dedupe(input.fields),
        keywords: dedupe(input.keywords),
        bio: input.bio ?? '',
        available: input.available ?? true,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
      };
      const works: ExpertWork[] = (input.publications ?? []).map((p) => ({
        kind: p.kind ?? 'publication',
        title: p.title,
        abstract: p.abstract ?? '',
        year: p.year ?? null,
      }));
      // Locked: a coordinator's decision on the same profile (which locks it too) comes before or after, never between.
      const existing = await m.findOne(Provider, {
        where: { userId: actor.userId, kind: 'expert' },
        lock: { mode: 'pessimistic_write' },
      });
      const told = (change: Parameters<typeof profileChange>[1], p: Provider) =>
        this.lifecycle.tell(m, profileChange(p, change)).then((ids) => emailIds.push(...ids));
      if (existing?.reviewStatus === 'approved') return this.proposeEdit(m, actor, existing, content, works, told);
      if (existing && fingerprint(existing, await this.works(m, existing.id)) === fingerprint(content, works))
        return existing;

      const before = existing ? profileState(existing.reviewStatus, null) : null;
      const now = new Date();
      // Still waiting: it keeps its place in the queue. Returned, or new: it is sent (again) now.
      const review = {
        reviewStatus: 'submitted' as const,
        returnReason: null,
        submittedAt: before === 'submitted' ? existing!.submittedAt : now,
      };
      const revision = existing ? existing.revision + 1 : 1;
      let provider: Provider;
      if (existing) {
        await m.update(Provider, { id: existing.id }, { ...content, ...review, revision });
        provider = { ...existing, ...content, ...review, revision };
      } else {
        provider = await m.save(
          m.create(Provider, { ...content, ...review, kind: 'expert', userId: actor.userId, revision }),
        );
      }
      await this.replaceWorks(m, provider.id, works);
      // Indexed as not yet published (only the coordinators in charge find it); ranked once approved.
      await this.derivations.reindex(m, 'provider', [provider.id]);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: existing ? 'expert-profile.updated' : 'expert-profile.created',
          targetType: 'provider',
          targetId: provider.id,
          before: existing ? { revision: existing.revision, reviewState: before } : null,
          after: { revision, publications: works.length, reviewState: 'submitted' },
        },
        m,
      );
      await told(
        {
          action: before === 'returned' || !existing ? 'submit' : 'update',
          actor,
          before: before ?? 'returned',
          after: 'submitted',
          pending: null,
          previousReturn: before === 'returned' ? existing!.returnReason : null,
        },
        provider,
      );
      return provider;
    });
    await this.jobs.tryEnqueue('search.drain', {});
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    return this.view(this.db.manager, saved);
  }

  /**
   * An edit of an approved profile: kept as its pending revision for review, the approved content untouched. Saving
   * the approved content again withdraws the pending edit.
   */
  private async proposeEdit(
    m: EntityManager,
    actor: Actor,
    provider: Provider,
    content: ProfileContent,
    works: ExpertWork[],
    told: (change: Parameters<typeof profileChange>[1], p: Provider) => Promise<unknown>,
  ): Promise<Provider> {
    const pending = await pendingEditOf(m, provider.id);
    const proposed = fingerprint(content, works);
    const base = pending?.content as ProfileEdit | undefined;
    if (base && fingerprint(base.profile, base.publications) === proposed) return provider;
    const before = profileState('approved', pending);
    const withdrawn = proposed === fingerprint(provider, await this.works(m, provider.id));
    if (withdrawn && !pending) return provider;
    let revision: ListingRevision | null = null;
    if (withdrawn) {
      await m.update(ListingRevision, { id: pending!.id }, { status: 'discarded', reviewedAt: new Date() });
    } else {
      const edit: ProfileEdit = { profile: content, publications: works };
      revision =
        pending ??
        m.create(ListingRevision, {
          listingType: PROFILE_TYPE,
          listingId: provider.id,
          baseRevision: provider.revision,
          createdBy: actor.userId,
        });
      Object.assign(revision, {
        content: edit as unknown as Record<string, unknown>,
        status: 'submitted',
        submittedAt: before === 'revision_submitted' ? pending!.submittedAt : new Date(),
        returnReason: null,
      });
      revision = await m.save(revision);
    }
    const after = withdrawn ? 'approved' : 'revision_submitted';
    await this.audit.record(
      {
        actorId: actor.userId,
        action: 'expert-profile.updated',
        targetType: 'provider',
        targetId: provider.id,
        before: { revision: provider.revision, reviewState: before },
        after: { revision: provider.revision, publications: works.length, reviewState: after },
      },
      m,
    );
    await told(
      {
        action: before === 'revision_returned' ? 'submit' : 'update',
        actor,
        before,
        after,
        pending: revision,
        previousReturn: before === 'revision_returned' ? pending!.returnReason : null,
      },
      provider,
    );
    return provider;
  }

  private async replaceWorks(m: EntityManager, providerId: string, works: ExpertWork[]): Promise<void> {
    await m.delete(Publication, { providerId });
    if (works.length)
      await m.insert(
        Publication,
        works.map((w, position) => ({ ...w, providerId, position })),
      );
  }

  private works(m: EntityManager, providerId: string): Promise<ExpertWork[]> {
    return m.find(Publication, {
      where: { providerId },
      order: { position: 'ASC' },
      select: { kind: true, title: true, abstract: true, year: true },
    });
  }

  /**
   * The expert's own view: what they last wrote (a pending edit's content while one exists; `revision` stays the
   * approved one's), where its review stands with the coordinator's reason, and the stations that listed them,
   * including those waiting for their consent.
   */
  private async view(m: EntityManager, row: Provider) {
    const pending = row.reviewStatus === 'approved' ? await pendingEditOf(m, row.id) : null;
    const edit = pending?.content as ProfileEdit | undefined;
    const p = edit ? { ...row, ...contentOf(edit.profile) } : row;
    const reviewState = profileState(row.reviewStatus, pending);
    const workstations: { id: string; name: string; awaitingConsent: boolean }[] = await m.query(
      `select o.id, o.name, w.consented_at is null as "awaitingConsent"
         from workstation_experts w join ${IdentitySql.organizations} o on o.id = w.workstation_id where w.provider_id = $1 order by o.name`,
      [p.id],
    );
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      affiliation: p.affiliation,
      regionCode: p.regionCode,
      region: regionView(p.regionCode),
      fields: p.fields,
      fieldCodes: p.fields.map((f) => resolveField(f)?.code ?? null),
      keywords: p.keywords,
      bio: p.bio,
      available: p.available,
      contactEmail: p.contactEmail,
      contactPhone: p.contactPhone,
      revision: p.revision,
      publications: edit ? edit.publications : await this.works(m, p.id),
      workstations,
      reviewState,
      /** Public in search and matching (as last approved). */
      published: row.reviewStatus === 'approved',
      returnReason: pending ? pending.returnReason : row.returnReason,
      submittedAt: pending ? pending.submittedAt : row.submittedAt,
    };
  }
}

const dedupe = (items: string[] | undefined) => [...new Set((items ?? []).map((s) => s.trim()).filter(Boolean))];

export type ExpertProfileView = Awaited<ReturnType<ExpertProfileService['get']>>;
