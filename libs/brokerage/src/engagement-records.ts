import { JobDispatcher } from '@app/queue';
import { ReminderScheduler } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EngagementEvent, EngagementEventType } from './entities/engagement-event.entity';
import { MatchLabelValue } from './entities/match-label.entity';
import { OPEN_STAGES } from './engagement-pipeline';

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
  return manager.save(
    manager.create(EngagementEvent, {
      ...input,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      body: input.body ?? null,
      data: input.data ?? null,
    }),
  );
}

/**
 * Stores what someone decided about a pair, with the pair's context as it is now (the ranker fits past outcomes and
 * load on it): the match's score and the track-record adjustment inside it, and the provider's other open introductions.
 */
export async function recordLabel(
  manager: EntityManager,
  input: {
    needId: string;
    providerId: string;
    label: MatchLabelValue;
    reasonCode?: string | null;
    reason?: string | null;
    score?: number | null;
    algorithmVersion?: string | null;
    engagementId?: string | null;
    createdBy: string | null;
  },
): Promise<void> {
  await manager.query(
    `insert into match_labels (need_id, provider_id, label, reason_code, reason, engagement_id, created_by, score, algorithm_version, score_adjustment, provider_open_engagements)
     select $1, $2, $3, $4, $5, $6::uuid, $7, coalesce($8, m.score), coalesce($9, m.algorithm_version),
            case when m.need_id is null then null else coalesce((m.reasons #>> '{trackRecord,adjustment}')::real, 0) end,
            (select count(*)::int from engagements e where e.provider_id = $2 and e.status = any($10) and e.id is distinct from $6::uuid)
       from (select 1) as one left join matches m on m.need_id = $1 and m.provider_id = $2`,
    [
      input.needId,
      input.providerId,
      input.label,
      input.reasonCode ?? null,
      input.reason ?? null,
      input.engagementId ?? null,
      input.createdBy,
      input.score ?? null,
      input.algorithmVersion ?? null,
      OPEN_STAGES,
    ],
  );
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
  constructor(
    private readonly scheduler: ReminderScheduler,
    private readonly jobs: JobDispatcher,
  ) {}

  /** Never fails the request: the sweeps find anything left undone in PostgreSQL. */
  async run(work: AfterCommit): Promise<void> {
    await this.scheduler.wake(work.reminderIds).catch(() => undefined);
    if (work.emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds: work.emailIds });
    // Overrides made in quick succession are matched once, 2 s after the last (a debounced job per need); the
    // maintenance sweep would also find the pending run, only later.
    for (const needId of work.needsToMatch) {
      await this.jobs.tryEnqueue(
        'matching.need',
        { needId },
        {
          delay: REMATCH_DEBOUNCE_MS,
          deduplication: { id: `rematch-${needId}`, ttl: REMATCH_DEBOUNCE_MS, extend: true, replace: true },
        },
      );
    }
  }
}
