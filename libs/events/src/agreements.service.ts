import { ACCEPTED_STAGES, BrokerageReads, EngagementStatus, EngagementsService } from '@app/brokerage';
import { DomainError } from '@app/common';
import { ActorLoader } from '@app/identity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventMeeting, MeetingAgreementStatus } from './entities/event-meeting.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';

const DONE = ['agreement_signed', 'completed'];

/**
 * A "signed" outcome records the agreement on the pair's engagement through libs/brokerage's own pipeline, never
 * around it: once both sides have accepted the introduction (double opt-in), the engagement moves through the event's
 * meeting (meeting_scheduled, at the event's slot and table) and negotiating to agreement_signed, as the one who
 * recorded the outcome. A coordinator's record signs it with a reason naming the event; a side's record is that side's
 * confirmation, and the brokerage waits for the other side's (it asks them). Until both sides accepted, the agreement
 * waits on the meeting (`pending`) and the `events.sweep` job records it when they have.
 */
@Injectable()
export class EventAgreements {
  private readonly logger = new Logger(EventAgreements.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly engagements: EngagementsService,
    private readonly actors: ActorLoader,
  ) {}

  /** Records a meeting's agreement as far as the engagement allows now; null when another process is at it. */
  async apply(meetingId: string): Promise<MeetingAgreementStatus | null> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      // One at a time per meeting: the API (an outcome recorded) and the sweep may both get here.
      const [{ locked }] = (await runner.query('select pg_try_advisory_lock(hashtext($1)) as locked', [
        `event-agreement:${meetingId}`,
      ])) as { locked: boolean }[];
      if (!locked) return null;
      try {
        const status = await this.advance(meetingId);
        if (status) await this.db.getRepository(EventMeeting).update({ id: meetingId }, { agreementStatus: status });
        return status;
      } finally {
        await runner.query('select pg_advisory_unlock(hashtext($1))', [`event-agreement:${meetingId}`]);
      }
    } finally {
      await runner.release();
    }
  }

  /** The sweep's part: pending agreements whose engagement has since been accepted (or closed). */
  async applyPending(): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `select mt.id from event_meetings mt join engagements e on e.id = mt.engagement_id
        where mt.agreement_status = 'pending' and (e.status = any($1) or e.status = 'closed') order by mt.id limit 50`,
      [ACCEPTED_STAGES],
    );
    let applied = 0;
    for (const r of rows) {
      try {
        if ((await this.apply(r.id)) !== 'pending') applied++;
      } catch (err) {
        this.logger.warn({ err, meetingId: r.id }, 'agreement not recorded; the next sweep tries again');
      }
    }
    return applied;
  }

  private async advance(meetingId: string): Promise<MeetingAgreementStatus | null> {
    const meeting = await this.db.getRepository(EventMeeting).findOneBy({ id: meetingId });
    if (!meeting?.agreement || !meeting.engagementId || meeting.outcome !== 'signed' || !meeting.outcomeBy) return null;
    if (meeting.agreementStatus === 'recorded' || meeting.agreementStatus === 'not_possible')
      return meeting.agreementStatus;
    const engagement = await BrokerageReads.engagementOrFail(this.db.manager, meeting.engagementId);
    if (DONE.includes(engagement.status)) return 'recorded';
    if (engagement.status === 'closed') return 'not_possible';
    if (!ACCEPTED_STAGES.includes(engagement.status)) return 'pending';
    const actor = await this.actors.load(meeting.outcomeBy);
    if (!actor) return 'not_possible';
    const event = await this.db.getRepository(MatchmakingEvent).findOneByOrFail({ id: meeting.eventId });
    const slot = event.slots[meeting.slotIndex];
    const table = event.tableNames[meeting.tableIndex] ?? String(meeting.tableIndex + 1);
    const coordinator = meeting.outcomeRole === 'coordinator';
    let status: EngagementStatus = engagement.status;
    try {
      if (status === 'accepted') {
        const at = new Date(`${event.eventDate}T${slot?.start ?? '09:00'}:00+08:00`).toISOString();
        const location = event.venue ? `${event.venue} · 桌 ${table} / table ${table}` : (event.onlineUrl ?? undefined);
        status = (
          await this.engagements.transition(engagement.id, actor, {
            to: 'meeting_scheduled',
            meeting: { at, mode: event.venue ? 'in_person' : 'online', location },
          })
        ).status;
      }
      if (status === 'meeting_scheduled')
        status = (await this.engagements.transition(engagement.id, actor, { to: 'negotiating' })).status;
      const view = await this.engagements.transition(engagement.id, actor, {
        to: 'agreement_signed',
        agreement: {
          type: meeting.agreement.type,
          ...(meeting.agreement.contractValue === null ? {} : { contractValue: meeting.agreement.contractValue }),
          signedAt: meeting.outcomeAt?.toISOString(),
        },
        reason: coordinator
          ? `供需对接会“${event.title}”现场签约 / Signed at the matchmaking event "${event.title}"${meeting.outcomeNote ? `: ${meeting.outcomeNote}` : ''}`
          : undefined,
      });
      return DONE.includes(view.status) ? 'recorded' : 'awaiting_other_side';
    } catch (err) {
      // The engagement moved on meanwhile (closed, or someone else took it further): the pipeline decides.
      if (err instanceof DomainError && (err.code === 'INVALID_TRANSITION' || err.code === 'FORBIDDEN'))
        return 'not_possible';
      throw err;
    }
  }
}
