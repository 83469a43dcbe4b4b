import { IdentityReads } from '@app/identity';
import { ListingsReads } from '@app/listings';
import { Localized, Notifier, NotifyInput } from '@app/notifications';
import { JurisdictionDirectory } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChallengeReviewer } from './entities/challenge-reviewer.entity';
import { Challenge } from './entities/challenge.entity';

export const beijingTime = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(at);

/**
 * Who hears about a challenge and how. Every notification's dedupe key names the event it is about, so a retried
 * request or a repeated reminder notifies nobody twice. Returns the ids of e-mails to send after commit.
 */
@Injectable()
export class ChallengeNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly directory: JurisdictionDirectory,
  ) {}

  async enterpriseUsers(m: EntityManager, c: Challenge): Promise<string[]> {
    return IdentityReads.memberIds(m, c.organizationId);
  }

  coordinators(m: EntityManager, c: Challenge): Promise<string[]> {
    return this.directory.coordinatorsFor(c, m);
  }

  /** The expert's own account and the members of the providing organisation. */
  async providerUsers(m: EntityManager, providerId: string): Promise<string[]> {
    return ListingsReads.providerSpeakers(m, providerId);
  }

  async evaluators(m: EntityManager, c: Challenge): Promise<string[]> {
    const reviewers = await m.findBy(ChallengeReviewer, { challengeId: c.id });
    return [
      ...(await this.enterpriseUsers(m, c)),
      ...(await this.coordinators(m, c)),
      ...reviewers.map((r) => r.userId),
    ];
  }

  async enterpriseName(m: EntityManager, c: Challenge): Promise<string> {
    return (await IdentityReads.organizationName(m, c.organizationId)) ?? '';
  }

  send(m: EntityManager, c: Challenge, input: Omit<NotifyInput, 'subject' | 'link'>): Promise<string[]> {
    return this.notifier.notify(m, { ...input, subject: { type: 'challenge', id: c.id }, link: `/challenges/${c.id}` });
  }
}

export const PHASE_ACTIONS: Record<'invitee' | 'applicant', Localized> = {
  invitee: {
    'zh-CN': '您受邀揭榜但尚未提交方案，欢迎在截止前提交。',
    en: 'You were invited and have not applied yet; you can still submit a proposal before then.',
  },
  applicant: {
    'zh-CN': '您已提交方案，截止前仍可修改。',
    en: 'You have applied; you can still edit your proposal until then.',
  },
};
