import { Clock, DAY_MS } from '@app/common';
import { JobDispatcher } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReminderKind, ReminderPayloads } from './reminder-kinds';

interface DraftFields {
  subjectType: string;
  subjectId: string;
  dueAt: Date;
  /** Unique for the event this reminder is about; scheduling the same key again does nothing. */
  dedupeKey: string;
  associationId?: string | null;
  channel?: 'email' | 'inbox';
}

/** A reminder to write, typed by its kind: the payload must be that kind's (it may be left out when that is empty). */
export type ReminderDraft<K extends ReminderKind = ReminderKind> = K extends ReminderKind
  ? DraftFields & { kind: K } & (Record<string, never> extends ReminderPayloads[K]
        ? { payload?: ReminderPayloads[K] }
        : { payload: ReminderPayloads[K] })
  : never;

/** How far ahead delayed jobs are made; the sweep wakes reminders due within this horizon whose job is missing. */
export const WAKE_HORIZON_MS = DAY_MS;

/** The BullMQ job id of a reminder's wake-up call; a rescheduled reminder gets a new one. */
export const reminderJobId = (id: string, dueAt: Date) => `reminder-${id}-${dueAt.getTime()}`;

/**
 * Writes and cancels reminders inside the caller's transaction; after commit, `wake` puts the delayed jobs on the queue
 * (if Redis is down then, the sweep creates them later).
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobDispatcher,
    private readonly clock: Clock,
  ) {}

  /** Returns the ids of the reminders written (an existing dedupe key writes nothing). One statement for all drafts. */
  async schedule(manager: EntityManager, drafts: ReminderDraft[]): Promise<string[]> {
    if (!drafts.length) return [];
    const col = <T>(pick: (d: ReminderDraft) => T) => drafts.map(pick);
    const rows: { id: string }[] = await manager.query(
      `insert into reminders (kind, subject_type, subject_id, due_at, channel, dedupe_key, payload, association_id)
       select d.kind, d.subject_type, d.subject_id, d.due_at, d.channel, d.dedupe_key, d.payload::jsonb, d.association_id
         from unnest($1::text[], $2::text[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::uuid[])
           as d(kind, subject_type, subject_id, due_at, channel, dedupe_key, payload, association_id)
       on conflict (dedupe_key) do nothing returning id`,
      [
        col((d) => d.kind),
        col((d) => d.subjectType),
        col((d) => d.subjectId),
        col((d) => d.dueAt),
        col((d) => d.channel ?? 'email'),
        col((d) => d.dedupeKey),
        col((d) => JSON.stringify(d.payload ?? {})),
        col((d) => d.associationId ?? null),
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Cancels the pending reminders of one kind about these subjects: a module's scan found their state moved on. */
  async cancelKind(manager: EntityManager, kind: ReminderKind, subjectIds: string[], reason: string): Promise<number> {
    if (!subjectIds.length) return 0;
    const result = await manager.query<[unknown[], number]>(
      `update reminders set status = 'cancelled', cancel_reason = $3, processed_at = $4, updated_at = now()
        where kind = $1 and subject_id = any($2) and status = 'pending'`,
      [kind, subjectIds, reason, this.clock.now()],
    );
    return result[1] ?? 0;
  }

  /** Cancels the pending reminders about a subject (of these kinds, or with these keys) because the state moved on. */
  async cancel(
    manager: EntityManager,
    filter: { subjectId: string; kinds?: ReminderKind[]; dedupeKeys?: string[] },
    reason: string,
  ): Promise<number> {
    const result = await manager.query<[unknown[], number | undefined]>(
      `update reminders set status = 'cancelled', cancel_reason = $4, processed_at = $5, updated_at = now()
        where subject_id = $1 and status = 'pending' and ($2::text[] is null or kind = any($2)) and ($3::text[] is null or dedupe_key = any($3))`,
      [filter.subjectId, filter.kinds ?? null, filter.dedupeKeys ?? null, reason, this.clock.now()],
    );
    return result[1] ?? 0;
  }

  /**
   * After commit: one delayed job per reminder due within a day, firing at its due time (now, if already due). Later
   * ones get theirs from the sweep when their day comes (see ReminderDispatcher), so Redis holds only the near future.
   */
  async wake(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const now = this.clock.now().getTime();
    const rows: { id: string; due_at: Date }[] = await this.db.query(
      `select id, due_at from reminders where id = any($1) and status = 'pending' and due_at <= $2`,
      [ids, new Date(now + WAKE_HORIZON_MS)],
    );
    for (const r of rows) {
      await this.jobs.tryEnqueue(
        'reminders.deliver',
        { reminderId: r.id },
        { jobId: reminderJobId(r.id, r.due_at), delay: Math.max(0, r.due_at.getTime() - now) },
      );
    }
  }
}
