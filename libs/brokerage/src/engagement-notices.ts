import { Localized, Notifier, NotificationParams, NotifyInput } from '@app/notifications';
import { JurisdictionDirectory } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EngagementContext, EngagementContexts } from './engagement-context';
import {
  DECLINE_WORDS,
  DeclineReason,
  EngagementStatus,
  ORIGIN_WORDS,
  Side,
  SIDE_WORDS,
  STATUS_WORDS,
} from './engagement-pipeline';

const other = (side: Side): Side => (side === 'enterprise' ? 'provider' : 'enterprise');

/** What each brokerage event tells whom. Each notification's dedupe key names the event, so it is written once. */
@Injectable()
export class EngagementNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly contexts: EngagementContexts,
    private readonly directory: JurisdictionDirectory,
  ) {}

  /** The invitation, to each side that still has to answer, with the other side's name. */
  async invited(m: EntityManager, ctx: EngagementContext, sides: Side[]): Promise<string[]> {
    const emails: string[] = [];
    for (const side of sides) {
      emails.push(
        ...(await this.send(m, ctx, {
          kind: 'introduction.invited',
          recipients: await this.contexts.sideUsers(m, ctx, side),
          params: {
            ...this.names(ctx),
            counterpartName: this.nameOf(ctx, other(side)),
            note: ctx.engagement.introductionNote,
          },
          dedupeKey: `engagement:${ctx.engagement.id}:invited:${side}`,
        })),
      );
    }
    return emails;
  }

  /** A request by an enterprise or an expert, to the coordinators in charge of the need. */
  async requested(m: EntityManager, ctx: EngagementContext, requesterName: string): Promise<string[]> {
    return this.send(m, ctx, {
      kind: 'introduction.requested',
      recipients: await this.directory.everyCoordinatorFor(ctx.need, m),
      params: {
        ...this.names(ctx),
        requesterName,
        origin: ORIGIN_WORDS[ctx.engagement.origin],
        message: ctx.engagement.requestMessage,
      },
      dedupeKey: `engagement:${ctx.engagement.id}:requested`,
    });
  }

  /** A coordinator approved or turned down a request: it no longer waits in any coordinator's inbox. */
  async requestHandled(m: EntityManager, ctx: EngagementContext): Promise<void> {
    await this.notifier.settle(m, { type: 'engagement', id: ctx.engagement.id }, ['introduction.requested']);
  }

  async requestDeclined(m: EntityManager, ctx: EngagementContext, reason: string): Promise<string[]> {
    return this.send(m, ctx, {
      kind: 'introduction.request_declined',
      recipients: [ctx.engagement.requestedBy],
      params: { ...this.names(ctx), reason },
      dedupeKey: `engagement:${ctx.engagement.id}:request-declined`,
    });
  }

  /** A decline: the coordinator learns why; the other side gets a courteous summary without the reason. */
  async declined(
    m: EntityManager,
    ctx: EngagementContext,
    side: Side,
    code: DeclineReason,
    text: string | null,
  ): Promise<string[]> {
    const id = ctx.engagement.id;
    const toCoordinator = await this.send(m, ctx, {
      kind: 'introduction.declined',
      recipients: await this.contexts.coordinators(m, ctx),
      params: {
        ...this.names(ctx),
        sideName: this.nameOf(ctx, side),
        counterpartName: this.nameOf(ctx, other(side)),
        reasonCode: DECLINE_WORDS[code],
        reasonText: text ? ` — ${text}` : '',
      },
      dedupeKey: `engagement:${id}:declined`,
    });
    return [...toCoordinator, ...(await this.notProceeding(m, ctx, [other(side)], 'declined'))];
  }

  async notProceeding(m: EntityManager, ctx: EngagementContext, sides: Side[], why: string): Promise<string[]> {
    const emails: string[] = [];
    for (const side of sides) {
      emails.push(
        ...(await this.send(m, ctx, {
          kind: 'introduction.not_proceeding',
          recipients: await this.contexts.sideUsers(m, ctx, side),
          params: { ...this.names(ctx), counterpartName: this.nameOf(ctx, other(side)) },
          dedupeKey: `engagement:${ctx.engagement.id}:${why}:${side}`,
        })),
      );
    }
    return emails;
  }

  /** Both accepted: everyone learns that contact details are open. */
  async accepted(m: EntityManager, ctx: EngagementContext): Promise<string[]> {
    const people = await this.contexts.partiesAndCoordinators(m, ctx);
    return this.send(m, ctx, {
      kind: 'introduction.accepted',
      recipients: [...people.enterprise, ...people.provider, ...people.coordinators],
      params: this.names(ctx),
      dedupeKey: `engagement:${ctx.engagement.id}:accepted`,
    });
  }

  /** A move along the pipeline, to everyone involved except whoever made it (or to the people named). */
  async updated(
    m: EntityManager,
    ctx: EngagementContext,
    eventId: string,
    to: EngagementStatus,
    actorId: string | null,
    detail: Localized | null,
    only?: string[],
  ): Promise<string[]> {
    const people = await this.contexts.partiesAndCoordinators(m, ctx);
    const recipients = (only ?? [...people.enterprise, ...people.provider, ...people.coordinators]).filter(
      (u) => u !== actorId,
    );
    return this.send(m, ctx, {
      kind: 'engagement.updated',
      recipients,
      params: { ...this.names(ctx), status: STATUS_WORDS[to], detail },
      dedupeKey: `engagement-event:${eventId}`,
    });
  }

  async message(
    m: EntityManager,
    ctx: EngagementContext,
    eventId: string,
    fromSide: Side,
    senderName: string,
    body: string,
  ): Promise<string[]> {
    return this.send(m, ctx, {
      kind: 'engagement.message',
      recipients: await this.contexts.sideUsers(m, ctx, other(fromSide)),
      params: { needTitle: ctx.need.title, senderName, excerpt: body.length > 200 ? `${body.slice(0, 200)}…` : body },
      dedupeKey: `engagement-event:${eventId}`,
    });
  }

  /** For reminders: the same wording helpers, addressed by the reminder's own dedupe key. */
  async forReminder(
    m: EntityManager,
    ctx: EngagementContext,
    input: Omit<NotifyInput, 'subject' | 'link'>,
  ): Promise<string[]> {
    return this.send(m, ctx, input);
  }

  names(ctx: EngagementContext): NotificationParams {
    return { needTitle: ctx.need.title, enterpriseName: ctx.enterpriseName, providerName: ctx.provider.name };
  }

  nameOf(ctx: EngagementContext, side: Side): string {
    return side === 'enterprise' ? ctx.enterpriseName : ctx.provider.name;
  }

  sideWords(side: Side): Localized {
    return SIDE_WORDS[side];
  }

  private send(
    m: EntityManager,
    ctx: EngagementContext,
    input: Omit<NotifyInput, 'subject' | 'link'>,
  ): Promise<string[]> {
    const id = ctx.engagement.id;
    return this.notifier.notify(m, { ...input, subject: { type: 'engagement', id }, link: `/engagements/${id}` });
  }
}
