import { JobDispatcher } from '@app/queue';
import { ReminderScheduler } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EngagementEvent, EngagementEventType } from './entities/engagement-event.entity';
import { MatchLabel, MatchLabelValue } from './entities/match-label.entity';

export interface EventInput {
  engagementId: string;
  type: EngagementEventType;
  actorId: string | null;
  actorRole: string | null;
  occurredAt: Date;
  fromStatus?: string | null;
  toStatus?: string | null;
  body?: string | null;
  data?: Record<string, unknown> | null;
}

export async function recordEvent(manager: EntityManager, input: EventInput): Promise<EngagementEvent> {
  return manager.save(manager.create(EngagementEvent, {
    ...input, fromStatus: input.fromStatus ?? null, toStatus: input.toStatus ?? null, body: input.body ?? null, data: input.data ?? null,
  }));
}

export async function recordLabel(manager: EntityManager, input: {
  needId: string; providerId: string; label: MatchLabelValue; reasonCode?: string | null; reason?: string | null;
  score?: number | null; algorithmVersion?: string | null; engagementId?: string | null; createdBy: string | null;
}): Promise<void> {
  await manager.insert(MatchLabel, {
    needId: input.needId, providerId: input.providerId, label: input.label, reasonCode: input.reasonCode ?? null, reason: input.reason ?? null,
    score: input.score ?? null, algorithmVersion: input.algorithmVersion ?? null, engagementId: input.engagementId ?? null, createdBy: input.createdBy,
  });
}

const REMATCH_DEBOUNCE_MS = 2000;

/** What a transaction leaves to do once it has committed: wake reminders, send e-mail, re-rank a need. */
export class AfterCommit {
  readonly reminderIds: string[] = [];
  readonly emailIds: string[] = [];
  readonly needsToMatch: string[] = [];

  reminders(ids: string[]): this {
    this.reminderIds.push(...ids);
    return this;
  }

  emails(ids: string[]): this {
    this.emailIds.push(...ids);
    return this;
  }
}

@Injectable()
export class AfterCommitRunner {
  constructor(private readonly scheduler: ReminderScheduler, private readonly jobs: JobDispatcher) {}

  /** Never fails the request: the sweeps find anything left undone in PostgreSQL. */
  async run(work: AfterCommit): Promise<void> {
    await this.scheduler.wake(work.reminderIds).catch(() => undefined);
    if (work.emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds: work.emailIds });
    // Overrides made in quick succession are matched once, 2 s after the last (a debounced job per need); the
    // maintenance sweep would also find the pending run, only later.
    for (const needId of work.needsToMatch) {
      await this.jobs.tryEnqueue('matching.need', { needId }, { delay: REMATCH_DEBOUNCE_MS, deduplication: { id: `rematch-${needId}`, ttl: REMATCH_DEBOUNCE_MS, extend: true, replace: true } });
    }
  }
}
