import { IdentityReads } from '@app/identity';
import { ListingChange, ListingLifecycle, ListingObserver } from '@app/listings';
import { Localized, Notifier, NotifyInput } from '@app/notifications';
import { JurisdictionDirectory } from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';

const SUBMITTED = ['submitted', 'revision_submitted'];

const LISTING_WORDS: Record<string, Localized> = {
  need: { 'zh-CN': '需求', en: 'need' },
  capability: { 'zh-CN': '科技所能', en: 'capability' },
  provider: { 'zh-CN': '专家资料', en: 'expert profile' },
};

/** Where an owner follows each kind of review in the console. */
const OWNER_LINK: Record<string, (id: string) => string> = {
  need: (id) => `/enterprise/needs/${id}`,
  capability: () => '/expert/capabilities',
  provider: () => '/expert/profile',
};

const FIRST_SUBMISSION: Localized = { 'zh-CN': '提交', en: 'submitted' };
const RESUBMISSION: Localized = { 'zh-CN': '修改后重新提交', en: 'revised and resubmitted' };

/**
 * Tells people about reviews as they happen: the coordinators in charge of a listing's region (every association
 * over it, and its steward) when it is submitted or resubmitted; its owners when it is returned (with the reason) or
 * approved. Once someone reviewed it, the coordinators' "to review" notifications are done for all of them.
 */
@Injectable()
export class ReviewNotices implements ListingObserver, OnModuleInit {
  constructor(
    private readonly lifecycle: ListingLifecycle,
    private readonly notifier: Notifier,
    private readonly directory: JurisdictionDirectory,
  ) {}

  onModuleInit(): void {
    this.lifecycle.observe(this);
  }

  async listingChanged(m: EntityManager, change: ListingChange): Promise<string[]> {
    const subject = { type: change.type, id: change.listing.id };
    const wasWaiting = SUBMITTED.includes(change.before);
    const waits = SUBMITTED.includes(change.after);
    if (wasWaiting && !waits) await this.notifier.settle(m, subject, ['listing.submitted']);
    const notice =
      waits && !wasWaiting
        ? await this.submitted(m, change)
        : change.action === 'return'
          ? await this.toOwners(
              m,
              change,
              'listing.returned',
              { reason: change.reason ?? '' },
              `returned:${submittedAt(change)}`,
            )
          : change.action === 'approve'
            ? await this.toOwners(m, change, 'listing.approved', {}, `approved:${change.listing.revision}`)
            : null;
    return notice ? this.notifier.notify(m, notice) : [];
  }

  private async submitted(m: EntityManager, change: ListingChange): Promise<NotifyInput> {
    const coordinators = await this.directory.everyCoordinatorFor(change.scope, m);
    return {
      kind: 'listing.submitted',
      recipients: coordinators.filter((id) => id !== change.actor?.userId),
      params: {
        ...(await this.names(m, change)),
        submission: change.previousReturn ? RESUBMISSION : FIRST_SUBMISSION,
        previousReturn: change.previousReturn
          ? {
              'zh-CN': `上次退回理由：${change.previousReturn}`,
              en: `Returned last time because: ${change.previousReturn}`,
            }
          : null,
      },
      dedupeKey: `listing:${change.type}:${change.listing.id}:submitted:${submittedAt(change)}`,
      subject: { type: change.type, id: change.listing.id },
      link: '/coordinator/review',
    };
  }

  private async toOwners(
    m: EntityManager,
    change: ListingChange,
    kind: 'listing.returned' | 'listing.approved',
    extra: Record<string, string>,
    key: string,
  ): Promise<NotifyInput> {
    const { organizationId, ownerUserId } = change.scope;
    const members = organizationId ? await IdentityReads.memberIds(m, organizationId) : [];
    const owners = [...new Set([...members, ...(ownerUserId ? [ownerUserId] : [])])];
    return {
      kind,
      recipients: owners.filter((id) => id !== change.actor?.userId),
      params: { ...(await this.names(m, change)), ...extra },
      dedupeKey: `listing:${change.type}:${change.listing.id}:${key}`,
      subject: { type: change.type, id: change.listing.id },
      link: (OWNER_LINK[change.type] ?? OWNER_LINK.capability)(change.listing.id),
    };
  }

  /** The listing's title (its edit's, while one is under review), its type, and who owns it. */
  private async names(m: EntityManager, change: ListingChange) {
    const { organizationId, ownerUserId } = change.scope;
    const ownerName = organizationId
      ? await IdentityReads.organizationName(m, organizationId)
      : ownerUserId
        ? await IdentityReads.displayName(m, ownerUserId)
        : null;
    const pendingTitle = (change.pending?.content as { title?: string } | undefined)?.title;
    return {
      listingTitle: pendingTitle ?? change.listing.title ?? '',
      listingType: LISTING_WORDS[change.type] ?? change.type,
      ownerName: ownerName ?? '',
    };
  }
}

/** When the submission in question was made: each submission is notified, and reviewed, once. */
function submittedAt(change: ListingChange): number {
  return (change.pending?.submittedAt ?? change.listing.submittedAt ?? new Date(0)).getTime();
}
