import { AuditService } from '@app/audit';
import { BrokerageReads, EngagementView, IntroductionsService } from '@app/brokerage';
import { DomainError, Clock } from '@app/common';
import { Actor, IdentityReads } from '@app/identity';
import { Localized, Notifier } from '@app/notifications';
import { JobDispatcher } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { OutcomeBody } from './dto/events.dto';
import { EventMeeting, MeetingOutcome } from './entities/event-meeting.entity';
import { EventParticipant } from './entities/event-participant.entity';
import { speaksFor, viewerOf } from './event-access';
import { isHeld, meetingView } from './event-views';
import { EventsService } from './events.service';
import { EventAgreements } from './agreements.service';

export const OUTCOME_WORDS: Record<MeetingOutcome, Localized> = {
  no_interest: { 'zh-CN': '无合作意向', en: 'no interest' },
  follow_up: { 'zh-CN': '会后跟进', en: 'follow-up' },
  introduction: { 'zh-CN': '请求引荐对接', en: 'introduction' },
  signed: { 'zh-CN': '现场签约', en: 'signed' },
};

type RecorderRole = 'coordinator' | 'enterprise' | 'provider';

/**
 * After the event, a meeting's outcome, recorded by either side or a coordinator in charge. Anything but "no interest"
 * becomes an engagement in libs/brokerage, with that module's invitations and reminders: a coordinator's record is an
 * introduction to both sides; a side's record is its request to be introduced, for the coordinator in charge to approve.
 */
@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly introductions: IntroductionsService,
    private readonly events: EventsService,
    private readonly agreements: EventAgreements,
    private readonly notifier: Notifier,
    private readonly jobs: JobDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(id: string, meetingId: string, actor: Actor, body: OutcomeBody) {
    const viewer = await viewerOf(this.db.manager, id, actor);
    const meeting = isUUID(meetingId)
      ? await this.db.getRepository(EventMeeting).findOneBy({ id: meetingId, eventId: id })
      : null;
    if (!meeting) throw DomainError.notFound('meeting');
    const enterprise = await this.db
      .getRepository(EventParticipant)
      .findOneByOrFail({ id: meeting.enterpriseParticipantId });
    const provider = await this.db
      .getRepository(EventParticipant)
      .findOneByOrFail({ id: meeting.providerParticipantId });
    const role: RecorderRole | null = viewer.coordinator
      ? 'coordinator'
      : speaksFor(actor, enterprise)
        ? 'enterprise'
        : speaksFor(actor, provider)
          ? 'provider'
          : null;
    if (!role) throw DomainError.forbidden();
    if (!isHeld(viewer.event, this.clock.now()))
      throw new DomainError('EVENT_NOT_HELD', { date: viewer.event.eventDate });

    const engagementId =
      meeting.engagementId ??
      (body.outcome === 'no_interest'
        ? null
        : await this.engage(viewer.event.title, enterprise, provider, role, actor, body));
    const emailIds: string[] = [];
    const agreement =
      body.outcome === 'signed' && body.agreement
        ? { type: body.agreement.type, contractValue: body.agreement.contractValue ?? null }
        : null;
    // A side that records "signed" again while the brokerage waits for the other side's record has nothing to add.
    const alreadyConfirmed =
      !!agreement && meeting.agreementStatus === 'awaiting_other_side' && meeting.outcomeRole === role;
    await this.db.transaction(async (m) => {
      await m.update(
        EventMeeting,
        { id: meeting.id },
        {
          outcome: body.outcome,
          outcomeNote: body.note ?? null,
          outcomeBy: actor.userId,
          outcomeRole: role,
          outcomeAt: this.clock.now(),
          engagementId,
          agreement,
          agreementStatus: alreadyConfirmed ? 'awaiting_other_side' : agreement ? 'pending' : null,
        },
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.outcome-recorded',
          targetType: 'event-meeting',
          targetId: meeting.id,
          before: { outcome: meeting.outcome },
          after: { outcome: body.outcome, role, engagementId, agreement },
        },
        m,
      );
      const recorderName = await IdentityReads.displayName(m, actor.userId);
      const recipients = [
        ...(role === 'enterprise' ? [] : await this.events.speakers(m, enterprise)),
        ...(role === 'provider' ? [] : await this.events.speakers(m, provider)),
        ...(role === 'coordinator' ? [] : [viewer.event.createdBy]),
      ].filter((u) => u !== actor.userId);
      emailIds.push(
        ...(await this.notifier.notify(m, {
          kind: 'event.outcome_recorded',
          recipients,
          dedupeKey: `event.outcome:${meeting.id}:${body.outcome}`,
          subject: { type: 'event', id },
          link: `/events/${id}`,
          params: {
            eventTitle: viewer.event.title,
            recorderName: recorderName ?? '',
            enterpriseName: enterprise.displayName,
            providerName: provider.displayName,
            outcome: OUTCOME_WORDS[body.outcome],
            next: engagementId ? NEXT_WORDS[role] : null,
          },
        })),
      );
    });
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    // The agreement goes on the engagement now if both sides have accepted it, else when they have (events.sweep).
    if (agreement && !alreadyConfirmed) await this.agreements.apply(meeting.id);
    const row = await this.db.getRepository(EventMeeting).findOneByOrFail({ id: meeting.id });
    return meetingView(
      row,
      new Map([
        [enterprise.id, enterprise.displayName],
        [provider.id, provider.displayName],
      ]),
    );
  }

  /** Opens the engagement through libs/brokerage; an open one for the pair is linked instead of a second. */
  private async engage(
    title: string,
    enterprise: EventParticipant,
    provider: EventParticipant,
    role: RecorderRole,
    actor: Actor,
    body: OutcomeBody,
  ): Promise<string> {
    const words = OUTCOME_WORDS[body.outcome];
    const note = `供需对接会“${title}”会谈结果：${words['zh-CN']} / Matchmaking event "${title}": ${words.en}${body.note ? `\n${body.note}` : ''}`;
    let view: EngagementView;
    try {
      if (role === 'coordinator')
        view = await this.introductions.introduceByHand(enterprise.needId!, provider.providerId!, actor, { note });
      else if (role === 'enterprise')
        view = await this.introductions.requestIntroduction(enterprise.needId!, actor, {
          providerId: provider.providerId!,
          message: note,
        });
      else
        view = await this.introductions.expressInterest(enterprise.needId!, actor, {
          providerId: provider.providerId!,
          message: note,
        });
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'ALREADY_INTRODUCED') throw err;
      const open = await BrokerageReads.openEngagementOrFail(this.db.manager, enterprise.needId!, provider.providerId!);
      return open.id;
    }
    return view.id;
  }
}

const NEXT_WORDS: Record<RecorderRole, Localized> = {
  coordinator: {
    'zh-CN': '协调员已向双方发出对接邀请，请在平台确认。',
    en: 'The coordinator has sent both sides an introduction; please answer it on the platform.',
  },
  enterprise: {
    'zh-CN': '企业已申请对接，待协调员审批。',
    en: 'The enterprise asked for an introduction; the coordinator in charge decides.',
  },
  provider: {
    'zh-CN': '服务方已申请对接，待协调员审批。',
    en: 'The provider asked for an introduction; the coordinator in charge decides.',
  },
};
