import { DomainError, Page } from '@app/common';
import { Actor, organizationIdsOf, jurisdictionsOf, IdentityReads, IdentitySql } from '@app/identity';
import { NeedConfidentiality, ListingsReads, ListingsSql } from '@app/listings';
import { JurisdictionDirectory } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EngagementListQuery } from './dto/brokerage.dto';
import { EngagementEvent } from './entities/engagement-event.entity';
import { EngagementContext, EngagementContexts, EngagementRole, rolesOf } from './engagement-context';
import { allowedManualTransitions, EngagementStatus, Side } from './engagement-pipeline';
import { ContactPerson, defaultContact } from './contact-person';
import { EngagementContacts, engagementView, EngagementView, requesterSide } from './engagement-view';

export type { EngagementView } from './engagement-view';

export interface EngagementListItem {
  id: string;
  status: EngagementStatus;
  origin: string;
  needId: string;
  needTitle: string;
  providerId: string;
  providerName: string;
  enterpriseName: string | null;
  enterpriseResponse: string;
  providerResponse: string;
  introducedAt: Date | null;
  statusChangedAt: Date;
}

/** Reads engagements as each participant may see them: parties never see coordinators' notes or each other's reasons. */
@Injectable()
export class EngagementQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contexts: EngagementContexts,
    private readonly confidentiality: NeedConfidentiality,
  ) {}

  /** The actor's roles in an engagement they may see; 403 otherwise (a request stays between requester and coordinator). */
  static rolesIn(actor: Actor, ctx: EngagementContext): EngagementRole[] {
    const roles = rolesOf(actor, ctx);
    const sides = roles.filter((r): r is Side => r !== 'coordinator');
    const asker = requesterSide(ctx.engagement);
    const visible =
      roles.includes('coordinator') ||
      (!!ctx.engagement.introducedAt && sides.length > 0) ||
      (!!asker && sides.includes(asker));
    if (!visible) throw DomainError.forbidden();
    return roles;
  }

  async view(id: string, actor: Actor): Promise<EngagementView> {
    const ctx = await this.contexts.load(this.db.manager, id);
    const roles = EngagementQueries.rolesIn(actor, ctx);
    const revealed = !!ctx.engagement.revealedAt;
    const contacts = revealed ? await this.contacts(ctx) : null;
    const contactDrafts = await this.contactDrafts(ctx, roles, actor);
    const brokerContacts = roles.includes('coordinator') && !revealed ? await this.brokerContacts(ctx) : null;
    const confidential = await this.confidentiality.canReadConfidential(actor, ctx.need);
    const allowed =
      roles.includes('coordinator') || (revealed && roles.length > 0)
        ? allowedManualTransitions(ctx.engagement.status)
        : [];
    const view = engagementView(ctx, roles, {
      contacts,
      brokerContacts,
      contactDrafts,
      confidential,
      allowedTransitions: allowed,
    });
    return { ...view, provider: { ...view.provider, ...(await this.publicRecord(ctx.provider.id)) } };
  }

  async timeline(id: string, actor: Actor) {
    const ctx = await this.contexts.load(this.db.manager, id);
    const roles = EngagementQueries.rolesIn(actor, ctx);
    const coordinator = roles.includes('coordinator');
    const sides = roles.filter((r): r is Side => r !== 'coordinator');
    const events: EngagementEvent[] = await this.db
      .getRepository(EngagementEvent)
      .createQueryBuilder('ev')
      .where('ev.engagement_id = :id', { id })
      .orderBy('ev.occurred_at', 'ASC')
      .addOrderBy('ev.created_at', 'ASC')
      .getMany();
    const names = await this.displayNames(events.map((e) => e.actorId));
    const items = events
      .filter((ev) => coordinator || ev.type !== 'note')
      .map((ev) => {
        const ownSide = sides.includes(ev.actorRole as Side) || sides.includes(ev.data?.side as Side);
        const reasonHidden = !coordinator && !ownSide && (ev.type === 'response' || ev.toStatus === 'closed');
        return {
          id: ev.id,
          type: ev.type,
          occurredAt: ev.occurredAt,
          actorId: ev.actorId,
          actorName: ev.actorId ? (names.get(ev.actorId) ?? null) : null,
          actorRole: ev.actorRole,
          fromStatus: ev.fromStatus,
          toStatus: ev.toStatus,
          body: reasonHidden ? null : ev.body,
          data: reasonHidden ? { side: ev.data?.side ?? null, decision: ev.data?.decision ?? null } : ev.data,
        };
      });
    return { engagementId: id, items };
  }

  async list(actor: Actor, query: EngagementListQuery): Promise<Page<EngagementListItem>> {
    const orgs = organizationIdsOf(actor);
    const regions = jurisdictionsOf(actor).flatMap((j) => JurisdictionDirectory.regionsWithin(j));
    const enterpriseSide = `n.organization_id = any($2)`;
    const providerSide = `(p.user_id = $1 or p.organization_id = any($2))`;
    const where = `(
        $3::boolean
        or n.steward_organization_id = any($2) or n.region_code = any($4)
        or (${enterpriseSide} and (e.introduced_at is not null or e.origin = 'enterprise_request'))
        or (${providerSide} and (e.introduced_at is not null or e.origin = 'expert_interest')))
      and ($5::text is null or e.status = $5) and ($6::uuid is null or e.need_id = $6)
      and (not $7::boolean or (e.status = 'introduced'
        and ((${enterpriseSide} and e.enterprise_response = 'pending') or (${providerSide} and e.provider_response = 'pending'))))`;
    const params = [
      actor.userId,
      orgs,
      actor.isAdmin,
      regions,
      query.status ?? null,
      query.needId ?? null,
      query.awaitingMe === 'true',
    ];
    const from = `from engagements e join needs n on n.id = e.need_id join ${ListingsSql.providers} p on p.id = e.provider_id left join ${IdentitySql.organizations} o on o.id = n.organization_id`;
    const [{ total }] = await this.db.query<{ total: number }[]>(
      `select count(*)::int as total ${from} where ${where}`,
      params,
    );
    const items: EngagementListItem[] = await this.db.query(
      `select e.id, e.status, e.origin, e.need_id as "needId", n.title as "needTitle", e.provider_id as "providerId", p.name as "providerName",
              o.name as "enterpriseName", e.enterprise_response as "enterpriseResponse", e.provider_response as "providerResponse",
              e.introduced_at as "introducedAt", e.status_changed_at as "statusChangedAt"
         ${from} where ${where} order by e.status_changed_at desc, e.id limit $8 offset $9`,
      [...params, query.limit, (query.page - 1) * query.limit],
    );
    return { items, total, page: query.page, limit: query.limit };
  }

  /** Opened to both sides once both accepted: each side's contact person, and the enterprise members' e-mail. */
  private async contacts(ctx: EngagementContext): Promise<EngagementContacts> {
    const members = await IdentityReads.memberContacts(this.db.manager, ctx.need.organizationId);
    const e = ctx.engagement;
    return {
      provider: e.providerContact ?? (await defaultContact(this.db.manager, ctx, 'provider', e.providerRespondedBy)),
      enterprise:
        e.enterpriseContact ?? (await defaultContact(this.db.manager, ctx, 'enterprise', e.enterpriseRespondedBy)),
      enterpriseMembers: members,
    };
  }

  /** What a side reads before it accepts: the provider's published capabilities and its achievements (public anyway). */
  private async publicRecord(providerId: string) {
    return ListingsReads.publicRecord(this.db.manager, providerId);
  }

  /** Whom the coordinator phones on each side: a named contact if it accepted already, else its profile's or first member's. */
  private async brokerContacts(
    ctx: EngagementContext,
  ): Promise<{ enterprise: ContactPerson; provider: ContactPerson }> {
    const e = ctx.engagement;
    const of = async (side: Side, stored: ContactPerson | null, responder: string | null) =>
      stored ??
      defaultContact(
        this.db.manager,
        ctx,
        side,
        responder ?? (await this.contexts.sideUsers(this.db.manager, ctx, side))[0] ?? null,
      );
    return {
      enterprise: await of('enterprise', e.enterpriseContact, e.enterpriseRespondedBy),
      provider: await of('provider', e.providerContact, e.providerRespondedBy),
    };
  }

  /** The sides still to answer that the caller answers for (in person, or as the coordinator in charge), with their default contact. */
  private async contactDrafts(
    ctx: EngagementContext,
    roles: EngagementRole[],
    actor: Actor,
  ): Promise<Partial<Record<Side, ContactPerson>>> {
    const e = ctx.engagement;
    if (e.status !== 'introduced') return {};
    const drafts: Partial<Record<Side, ContactPerson>> = {};
    for (const side of ['enterprise', 'provider'] as const) {
      const pending = (side === 'enterprise' ? e.enterpriseResponse : e.providerResponse) === 'pending';
      const inPerson = roles.includes(side);
      if (!pending || (!inPerson && !roles.includes('coordinator'))) continue;
      const responder = inPerson
        ? actor.userId
        : ((await this.contexts.sideUsers(this.db.manager, ctx, side))[0] ?? null);
      drafts[side] = await defaultContact(this.db.manager, ctx, side, responder);
    }
    return drafts;
  }

  private async displayNames(ids: (string | null)[]): Promise<Map<string, string>> {
    return IdentityReads.displayNames(this.db.manager, ids);
  }
}
