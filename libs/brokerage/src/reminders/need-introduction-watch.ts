import { DAY_MS } from '@app/common';
import { requestMatching } from '@app/matching';
import { Notifier } from '@app/notifications';
import { JobDispatcher } from '@app/queue';
import {
  JurisdictionDirectory,
  obsolete,
  ReminderContext,
  ReminderHandler,
  ReminderHandlers,
  ReminderOf,
  ReminderOutcome,
  ReminderScheduler,
  ReminderSettingsService,
  ScanPass,
  ScanWindow,
  memoizer,
  ReminderDraft,
} from '@app/reminders';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCEPTED_STAGES } from '../engagement-pipeline';

const SCAN_BATCH = 2000;
const publishedKey = `to_char(n.published_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`;
const ACCEPTED = `(select 1 from engagements e where e.need_id = n.id and e.status = any($1))`;
/** `and <column> in (needs changed, or whose engagements changed, after $param)`; nothing for a full scan. */
const changedSince = (column: string, since: Date | null, param: number) =>
  since
    ? ` and ${column} in (select id from needs where updated_at > $${param} union select need_id from engagements where updated_at > $${param})`
    : '';

interface NeedRow {
  id: string;
  title: string;
  region_code: string | null;
  steward_organization_id: string | null;
  published_at: Date;
  published_key: string;
  revision: number;
}

/**
 * A need published for X days (per association) without an accepted introduction alerts the coordinators in charge
 * and is matched again (new providers may have joined since).
 */
@Injectable()
export class NeedIntroductionWatch implements ReminderHandler<'need.no-accepted-introduction'>, OnModuleInit {
  readonly kinds = ['need.no-accepted-introduction'] as const;
  private readonly cancelWindow = new ScanWindow();
  private readonly scheduleWindow = new ScanWindow();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly handlers: ReminderHandlers,
    private readonly scheduler: ReminderScheduler,
    private readonly settings: ReminderSettingsService,
    private readonly directory: JurisdictionDirectory,
    private readonly notifier: Notifier,
    private readonly jobs: JobDispatcher,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  /** Cancels and schedules as the needs' states call for; each pass looks at the needs changed since its last (ScanWindow). */
  async scan(_now: Date): Promise<string[]> {
    await this.cancelWindow.run(this.db, async ({ since }) => {
      // Which are moot is brokerage's to say; cancelling them is the scheduler's (it owns the reminders).
      const moot = await this.db.query<{ subject_id: string }[]>(
        `select r.subject_id from reminders r
          where r.status = 'pending' and r.kind = 'need.no-accepted-introduction'${changedSince('r.subject_id', since, 2)}
            and not exists (select 1 from needs n where n.id = r.subject_id and n.status = 'published' and not exists ${ACCEPTED})`,
        since ? [ACCEPTED_STAGES, since] : [ACCEPTED_STAGES],
      );
      await this.scheduler.cancelKind(
        this.db.manager,
        'need.no-accepted-introduction',
        moot.map((r) => r.subject_id),
        'accepted, or no longer published',
      );
    });
    return this.scheduleWindow.run(this.db, (pass) => this.scheduleMissing(pass));
  }

  private async scheduleMissing({ since, batch }: ScanPass): Promise<string[]> {
    const needs: NeedRow[] = await batch('needs', SCAN_BATCH, (afterId) =>
      this.db.query(
        `select n.id, n.title, n.region_code, n.steward_organization_id, n.published_at, ${publishedKey} as published_key, n.revision from needs n
        where n.id > $3 and n.status = 'published' and n.published_at is not null and not exists ${ACCEPTED}${changedSince('n.id', since, 4)}
          and not exists (select 1 from reminders r where r.dedupe_key = 'need.no-accepted-introduction:' || n.id || ':' || ${publishedKey})
        order by n.id limit $2`,
        since ? [ACCEPTED_STAGES, SCAN_BATCH, afterId, since] : [ACCEPTED_STAGES, SCAN_BATCH, afterId],
      ),
    );
    const memo = memoizer();
    const drafts: ReminderDraft[] = [];
    for (const n of needs) {
      const associationId = await this.directory.associationFor(
        { regionCode: n.region_code, stewardOrganizationId: n.steward_organization_id },
        this.db.manager,
        memo,
      );
      const periods = await memo(`periods:${associationId}`, () => this.settings.periodsFor(associationId));
      drafts.push({
        kind: 'need.no-accepted-introduction',
        subjectType: 'need',
        subjectId: n.id,
        associationId,
        dueAt: new Date(n.published_at.getTime() + periods.needWithoutIntroductionDays * DAY_MS),
        dedupeKey: `need.no-accepted-introduction:${n.id}:${n.published_key}`,
        payload: { publishedKey: n.published_key, days: periods.needWithoutIntroductionDays },
      });
    }
    return this.scheduler.schedule(this.db.manager, drafts);
  }

  async deliver(
    reminder: ReminderOf<'need.no-accepted-introduction'>,
    { manager }: ReminderContext,
  ): Promise<ReminderOutcome> {
    const [need]: NeedRow[] = await manager.query(
      `select n.id, n.title, n.region_code, n.steward_organization_id, n.published_at, ${publishedKey} as published_key, n.revision,
              exists ${ACCEPTED} as accepted, n.status from needs n where n.id = $2`,
      [ACCEPTED_STAGES, reminder.subjectId],
    );
    const row = need as (NeedRow & { accepted: boolean; status: string }) | undefined;
    if (!row || row.status !== 'published' || row.published_key !== reminder.payload.publishedKey)
      return obsolete('no longer published as it was');
    if (row.accepted) return obsolete('an introduction was accepted');
    await requestMatching(manager, 'need', [{ id: row.id, revision: row.revision }]);
    const emailIds = await this.notifier.notify(manager, {
      kind: 'reminder.need_unmatched',
      dedupeKey: `reminder:${reminder.id}`,
      channel: reminder.channel,
      recipients: await this.directory.coordinatorsFor(
        { regionCode: row.region_code, stewardOrganizationId: row.steward_organization_id },
        manager,
      ),
      params: { needTitle: row.title, days: reminder.payload.days },
      subject: { type: 'need', id: row.id },
      link: `/needs/${row.id}`,
    });
    return {
      outcome: 'sent',
      emailIds,
      afterCommit: () => this.jobs.tryEnqueue('matching.need', { needId: row.id }).then(() => undefined),
    };
  }
}
