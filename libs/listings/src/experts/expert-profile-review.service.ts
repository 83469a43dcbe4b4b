import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Actor, regionView } from '@app/identity';
import { JobDispatcher } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { Provider } from '../entities/provider.entity';
import { Publication } from '../entities/publication.entity';
import { ListingDerivations } from '../listing-derivations';
import { ListingAccess } from '../lifecycle/listing-access';
import { ListingLifecycle } from '../lifecycle/listing-lifecycle.service';
import { ListingRevision } from '../lifecycle/listing-revision.entity';
import {
  contentOf,
  ExpertWork,
  pendingEditOf,
  profileChange,
  ProfileContent,
  ProfileEdit,
  profileScope,
  profileState,
  ProfileReviewState,
} from './profile-review';

const WAITING: ProfileReviewState[] = ['submitted', 'revision_submitted'];

/**
 * The coordinators' side of an expert's profile review: read what waits, approve it (a new profile becomes public;
 * an edit replaces the approved content) or return it with a reason the expert sees. Only coordinators whose
 * jurisdiction contains the profile's region (its approved region, for an edit) and platform admins review.
 */
@Injectable()
export class ExpertProfileReview {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobDispatcher,
    private readonly derivations: ListingDerivations,
    private readonly lifecycle: ListingLifecycle,
  ) {}

  /** The profile under review as the expert wrote it, beside what the public sees now (null while never approved). */
  async read(actor: Actor, providerId: string) {
    const provider = await this.find(this.db.manager, providerId, false);
    if (!ListingAccess.readsPrivate(actor, profileScope(provider))) throw DomainError.forbidden();
    const pending = provider.reviewStatus === 'approved' ? await pendingEditOf(this.db.manager, provider.id) : null;
    const edit = pending?.content as ProfileEdit | undefined;
    const current = { profile: contentOf(provider), publications: await this.works(this.db.manager, provider.id) };
    return {
      id: provider.id,
      reviewState: profileState(provider.reviewStatus, pending),
      regionCode: provider.regionCode,
      region: regionView(provider.regionCode),
      returnReason: pending ? pending.returnReason : provider.returnReason,
      submittedAt: pending ? pending.submittedAt : provider.submittedAt,
      proposed: contentView(edit ?? current),
      published: provider.reviewStatus === 'approved' ? contentView(current) : null,
    };
  }

  approve(actor: Actor, providerId: string) {
    return this.decide(actor, providerId, 'approve');
  }

  return(actor: Actor, providerId: string, reason: string | undefined) {
    if (!reason?.trim()) throw DomainError.validation([{ field: 'reason', constraint: 'isNotEmpty' }]);
    return this.decide(actor, providerId, 'return', reason.trim());
  }

  private async decide(actor: Actor, providerId: string, action: 'approve' | 'return', reason?: string) {
    const emailIds: string[] = [];
    await this.db.transaction(async (m) => {
      const provider = await this.find(m, providerId, true);
      const scope = profileScope(provider);
      if (!ListingAccess.reviews(actor, scope)) throw DomainError.forbidden();
      const pending = provider.reviewStatus === 'approved' ? await pendingEditOf(m, provider.id) : null;
      const before = profileState(provider.reviewStatus, pending);
      if (!WAITING.includes(before))
        throw new DomainError('INVALID_TRANSITION', { from: before, action, allowed: '—' }, [], {
          from: before,
          action,
          allowed: [],
        });
      const now = new Date();
      const previous = { revision: provider.revision, reviewState: before };
      if (action === 'return') {
        if (pending) {
          const sentBack = returned(actor, reason!, now);
          await m.update(ListingRevision, { id: pending.id }, sentBack);
          Object.assign(pending, sentBack);
        } else {
          const sentBack = { reviewStatus: 'returned' as const, returnReason: reason! };
          await m.update(Provider, { id: provider.id }, sentBack);
          Object.assign(provider, sentBack);
        }
      } else {
        const edit = pending?.content as ProfileEdit | undefined;
        // A new revision, so that the index and matching take the approved profile up again.
        const approved = {
          ...(edit ? edit.profile : {}),
          reviewStatus: 'approved' as const,
          returnReason: null,
          revision: provider.revision + 1,
        };
        await m.update(Provider, { id: provider.id }, approved);
        Object.assign(provider, approved);
        if (edit) {
          await m.delete(Publication, { providerId: provider.id });
          if (edit.publications.length)
            await m.insert(
              Publication,
              edit.publications.map((w, position) => ({ ...w, providerId: provider.id, position })),
            );
          await m.update(
            ListingRevision,
            { id: pending!.id },
            { status: 'approved', reviewedAt: now, reviewedBy: actor.userId },
          );
        }
        await this.derivations.reindex(m, 'provider', [provider.id]);
        await this.derivations.rematch(m, 'provider', [{ id: provider.id, revision: provider.revision }]);
      }
      const after = action === 'approve' ? 'approved' : before === 'submitted' ? 'returned' : 'revision_returned';
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `provider.${action}`,
          targetType: 'provider',
          targetId: provider.id,
          before: previous,
          after: { revision: provider.revision, reviewState: after, ...(reason ? { reason } : {}) },
        },
        m,
      );
      emailIds.push(
        ...(await this.lifecycle.tell(
          m,
          profileChange(provider, {
            action,
            actor,
            before,
            after,
            pending: action === 'approve' ? null : pending,
            reason,
          }),
        )),
      );
    });
    await this.jobs.tryEnqueue('search.drain', {});
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    return this.read(actor, providerId);
  }

  private async find(m: EntityManager, id: string, lock: boolean): Promise<Provider> {
    if (!isUUID(id)) throw DomainError.notFound('expert profile');
    const provider = await m.findOne(Provider, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
    if (!provider) throw DomainError.notFound('expert profile');
    return provider;
  }

  private works(m: EntityManager, providerId: string): Promise<ExpertWork[]> {
    return m.find(Publication, {
      where: { providerId },
      order: { position: 'ASC' },
      select: { kind: true, title: true, abstract: true, year: true },
    });
  }
}

const returned = (actor: Actor, reason: string, now: Date) => ({
  status: 'returned' as const,
  returnReason: reason,
  reviewedAt: now,
  reviewedBy: actor.userId,
});

function contentView({ profile, publications }: { profile: ProfileContent; publications: ExpertWork[] }) {
  return { ...profile, region: regionView(profile.regionCode), publications };
}

export type ExpertProfileReviewView = Awaited<ReturnType<ExpertProfileReview['read']>>;
