import { AuditService } from '@app/audit';
import { DomainError, FieldError, Clock } from '@app/common';
import { Actor, jurisdictionsOf, IdentityReads } from '@app/identity';
import { ListingsReads, ListingsSql } from '@app/listings';
import { Notifier } from '@app/notifications';
import { JobDispatcher } from '@app/queue';
import { findRegion, isWithin, resolveField } from '@app/reference';
import { SearchQueryService } from '@app/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateEventBody, InviteBody, PreferencesBody, RespondInvitationBody } from './dto/events.dto';
import { EventParticipant } from './entities/event-participant.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { assertCoordinator, coordinatesEvent, participantOf, speaksFor, viewerOf } from './event-access';
import { eventView, participantView } from './event-views';
import { pairKey, pairScores } from './pair-scores';

/** Creating events, inviting enterprises and providers suggested by matching, registration and wish lists. */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: SearchQueryService,
    private readonly notifier: Notifier,
    private readonly jobs: JobDispatcher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, body: CreateEventBody) {
    const region = findRegion(body.region);
    const errors: FieldError[] = [];
    if (!region) errors.push({ field: 'region', constraint: 'isRegion' });
    if (!body.venue?.trim() && !body.onlineUrl) errors.push({ field: 'venue', constraint: 'placeOrLink' });
    body.slots.forEach((s, i) => {
      if (s.end <= s.start) errors.push({ field: `slots[${i}]`, constraint: 'isTimeRange' });
    });
    if (body.tableNames && body.tableNames.length !== body.tables)
      errors.push({ field: 'tableNames', constraint: 'tableNamesLength' });
    const fields = (body.fields ?? []).map((f) => {
      const field = resolveField(f);
      if (!field) errors.push({ field: 'fields', constraint: 'isField', params: { value: f } });
      return field?.code ?? f;
    });
    if (errors.length) throw DomainError.validation(errors);
    if (!coordinatesEvent(actor, { regionCode: region!.code, organizerOrganizationId: null }))
      throw new DomainError('OUTSIDE_JURISDICTION');
    const organizer = actor.memberships.find(
      (ms) =>
        ms.organizationType === 'association' &&
        ms.jurisdictionRegionCode &&
        isWithin(region!.code, ms.jurisdictionRegionCode),
    );
    const event = await this.db.transaction(async (m) => {
      const saved = await m.save(
        m.create(MatchmakingEvent, {
          title: body.title.trim(),
          description: body.description ?? '',
          regionCode: region!.code,
          organizerOrganizationId: organizer?.organizationId ?? null,
          createdBy: actor.userId,
          eventDate: body.date.slice(0, 10),
          venue: body.venue?.trim() || null,
          onlineUrl: body.onlineUrl ?? null,
          slots: body.slots.map((s) => ({ start: s.start, end: s.end })),
          tableNames: body.tableNames ?? Array.from({ length: body.tables }, (_, i) => String(i + 1)),
          capacity: body.capacity,
          themeFields: fields,
          themeKeywords: (body.keywords ?? []).map((k) => k.trim()).filter(Boolean),
          maxMeetingsPerParticipant: body.maxMeetingsPerParticipant ?? 4,
        }),
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.created',
          targetType: 'event',
          targetId: saved.id,
          after: { title: saved.title, date: saved.eventDate, regionCode: saved.regionCode },
        },
        m,
      );
      return saved;
    });
    return this.view(event.id, actor);
  }

  async view(id: string, actor: Actor) {
    const viewer = await viewerOf(this.db.manager, id, actor);
    const registered = await this.db.getRepository(EventParticipant).countBy({ eventId: id, status: 'registered' });
    return eventView(viewer, registered, this.clock.now());
  }

  /** Events the caller runs (in their jurisdiction) or is invited to, latest first. */
  async list(actor: Actor) {
    const orgs = actor.memberships.map((ms) => ms.organizationId);
    const jurisdictions = jurisdictionsOf(actor);
    const rows: MatchmakingEvent[] = await this.db
      .getRepository(MatchmakingEvent)
      .createQueryBuilder('e')
      .where(':admin or e.organizer_organization_id = any(:orgs) or e.region_code like any(:prefixes)', {
        admin: actor.isAdmin,
        orgs,
        prefixes: jurisdictions.map((j) => `${j.replace(/0+$/, '')}%`),
      })
      .orWhere(
        'exists (select 1 from event_participants p where p.event_id = e.id and (p.user_id = :user or p.organization_id = any(:orgs)))',
        { user: actor.userId, orgs },
      )
      .orderBy('e.event_date', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .take(200)
      .getMany();
    const visible = [];
    for (const e of rows) {
      const viewer = await viewerOf(this.db.manager, e.id, actor).catch(() => null);
      if (!viewer) continue;
      const registered = await this.db.getRepository(EventParticipant).countBy({ eventId: e.id, status: 'registered' });
      visible.push(eventView(viewer, registered, this.clock.now()));
    }
    return visible;
  }

  /**
   * Enterprises with published needs on the event's themes in its region (search), and providers on the themes
   * (search) or among those needs' best matches (matching), ranked by their best match score with the other side.
   */
  async suggestions(id: string, actor: Actor, limit = 30) {
    const viewer = await viewerOf(this.db.manager, id, actor);
    assertCoordinator(viewer);
    const e = viewer.event;
    const q = e.themeKeywords.join(' ');
    const searchViewer = {
      organizationIds: actor.memberships.map((ms) => ms.organizationId),
      jurisdictionCodes: jurisdictionsOf(actor),
      isAdmin: actor.isAdmin,
    };
    const byField = e.themeFields.length ? e.themeFields : [undefined];
    const needHits = new Map<string, string>();
    const providerHits = new Map<string, string>();
    for (const field of byField) {
      const needs = await this.search.search(
        'needs',
        { q, page: 1, limit, field, region: e.regionCode, status: 'published' },
        searchViewer,
      );
      needs.items.forEach((h) => needHits.set(h.id, h.title));
      const providers = await this.search.search('providers', { q, page: 1, limit, field }, searchViewer);
      providers.items.forEach((h) => providerHits.set(h.id, h.title));
    }
    const needIds = [...needHits.keys()];
    const matched: { provider_id: string; name: string }[] = needIds.length
      ? await this.db.query(
          `select distinct m.provider_id, p.name from matches m join ${ListingsSql.providers} p on p.id = m.provider_id where m.need_id = any($1) and m.score > 0`,
          [needIds],
        )
      : [];
    matched.forEach((r) => providerHits.set(r.provider_id, r.name));
    const providerIds = [...providerHits.keys()];
    const scores = await pairScores(this.db.manager, needIds, providerIds);
    const best = (pred: (k: string) => boolean) =>
      Math.max(0, ...[...scores].filter(([k]) => pred(k)).map(([, s]) => s));
    const invited = await this.db.getRepository(EventParticipant).findBy({ eventId: id });
    const invitedNeeds = new Set(invited.map((p) => p.needId));
    const invitedProviders = new Set(invited.map((p) => p.providerId));
    const rank = <T extends { score: number }>(xs: T[]) => xs.sort((a, b) => b.score - a.score).slice(0, limit);
    return {
      needs: rank(
        needIds.map((n) => ({
          id: n,
          name: needHits.get(n)!,
          score: round(best((k) => k.startsWith(`${n}|`))),
          invited: invitedNeeds.has(n),
        })),
      ),
      providers: rank(
        providerIds.map((p) => ({
          id: p,
          name: providerHits.get(p)!,
          score: round(best((k) => k.endsWith(`|${p}`))),
          invited: invitedProviders.has(p),
        })),
      ),
    };
  }

  /** Invites enterprises (for their published needs) and providers; inviting one again changes nothing. */
  async invite(id: string, actor: Actor, body: InviteBody) {
    const emailIds: string[] = [];
    const created = await this.db.transaction(async (m) => {
      const viewer = await viewerOf(m, id, actor, { lock: true });
      assertCoordinator(viewer);
      const e = viewer.event;
      const needIds = [...new Set(body.needIds ?? [])];
      const providerIds = [...new Set(body.providerIds ?? [])];
      if (!needIds.length && !providerIds.length)
        throw DomainError.validation([{ field: 'needIds', constraint: 'needsOrProviders' }]);
      const needs = await ListingsReads.needs(m, needIds);
      const providers = await ListingsReads.providers(m, providerIds);
      const missingNeed = needIds.find((n) => !needs.some((x) => x.id === n && x.status === 'published'));
      if (missingNeed)
        throw DomainError.validation([
          { field: 'needIds', constraint: 'isPublishedNeed', params: { value: missingNeed } },
        ]);
      const missingProvider = providerIds.find((p) => !providers.some((x) => x.id === p));
      if (missingProvider)
        throw DomainError.validation([
          { field: 'providerIds', constraint: 'isProvider', params: { value: missingProvider } },
        ]);
      const enterpriseNames = await IdentityReads.organizationNames(
        m,
        needs.map((n) => n.organizationId),
      );
      const existing = await m.findBy(EventParticipant, { eventId: id });
      const rows = [
        ...needs
          .filter((n) => !existing.some((p) => p.needId === n.id))
          .map((n) => ({
            side: 'enterprise' as const,
            needId: n.id,
            providerId: null,
            organizationId: n.organizationId,
            userId: null,
            displayName: `${enterpriseNames.get(n.organizationId) ?? ''}：${n.title}`,
          })),
        ...providers
          .filter((p) => !existing.some((x) => x.providerId === p.id))
          .map((p) => ({
            side: 'provider' as const,
            needId: null,
            providerId: p.id,
            organizationId: p.organizationId,
            userId: p.userId,
            displayName: p.name,
          })),
      ];
      const saved = await m.save(
        rows.map((r) => m.create(EventParticipant, { ...r, eventId: id, invitedBy: actor.userId })),
      );
      const organizerName = e.organizerOrganizationId
        ? await IdentityReads.organizationName(m, e.organizerOrganizationId)
        : null;
      for (const p of saved) {
        emailIds.push(
          ...(await this.notifier.notify(m, {
            kind: 'event.invited',
            recipients: await this.speakers(m, p),
            dedupeKey: `event.invited:${p.id}`,
            subject: { type: 'event', id },
            link: `/events/${id}`,
            params: {
              eventTitle: e.title,
              eventDate: e.eventDate,
              participantName: p.displayName,
              organizerName: organizerName ?? { 'zh-CN': '科协', en: 'The association' },
              place: e.venue ?? e.onlineUrl ?? '',
            },
          })),
        );
      }
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.invited',
          targetType: 'event',
          targetId: id,
          after: { participantIds: saved.map((p) => p.id) },
        },
        m,
      );
      return saved;
    });
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    return { invited: created.length, participants: created.map((p) => participantView(p, true)) };
  }

  /** The invitee registers or declines (and may change its mind); registration counts against the capacity. */
  async respond(id: string, participantId: string, actor: Actor, body: RespondInvitationBody) {
    return this.db.transaction(async (m) => {
      const viewer = await viewerOf(m, id, actor, { lock: true });
      // The invitee itself, or a coordinator in charge on its behalf (an imported profile has no account).
      const p = await participantOf(m, viewer, participantId, actor);
      const onBehalf = !speaksFor(actor, p);
      const status = body.decision === 'register' ? 'registered' : 'declined';
      if (status === 'registered' && p.status !== 'registered') {
        const registered = await m.countBy(EventParticipant, { eventId: id, status: 'registered' });
        if (registered >= viewer.event.capacity)
          throw new DomainError('EVENT_FULL', { capacity: viewer.event.capacity });
      }
      await m.update(
        EventParticipant,
        { id: p.id },
        { status, respondedAt: this.clock.now(), respondedBy: actor.userId },
      );
      // Whoever declines leaves the schedule (meetings with a recorded outcome stay, as history).
      if (status === 'declined') {
        await m.query(
          `delete from event_meetings where event_id = $1 and outcome is null and $2 in (enterprise_participant_id, provider_participant_id)`,
          [id, p.id],
        );
      }
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `event.${status}`,
          targetType: 'event-participant',
          targetId: p.id,
          before: { status: p.status },
          after: { status, onBehalf },
        },
        m,
      );
      return participantView({ ...p, status }, true);
    });
  }

  /** Coordinators see every invitee; a participant sees the registered ones and itself (without others' wishes). */
  async participants(id: string, actor: Actor) {
    const viewer = await viewerOf(this.db.manager, id, actor);
    const all = await this.db
      .getRepository(EventParticipant)
      .find({ where: { eventId: id }, order: { side: 'ASC', displayName: 'ASC' } });
    const mine = new Set(viewer.mine.map((p) => p.id));
    return all
      .filter((p) => viewer.coordinator || p.status === 'registered' || mine.has(p.id))
      .map((p) => participantView(p, viewer.coordinator || mine.has(p.id)));
  }

  /** The registered participants of the other side, with their match scores, for a wish list. */
  async candidates(id: string, participantId: string, actor: Actor) {
    const viewer = await viewerOf(this.db.manager, id, actor);
    const p = await participantOf(this.db.manager, viewer, participantId, actor);
    const others = await this.db
      .getRepository(EventParticipant)
      .findBy({ eventId: id, status: 'registered', side: p.side === 'enterprise' ? 'provider' : 'enterprise' });
    const needIds = p.side === 'enterprise' ? [p.needId!] : others.map((o) => o.needId!);
    const providerIds = p.side === 'provider' ? [p.providerId!] : others.map((o) => o.providerId!);
    const scores = await pairScores(this.db.manager, needIds, providerIds);
    return others
      .map((o) => {
        const key = p.side === 'enterprise' ? pairKey(p.needId!, o.providerId!) : pairKey(o.needId!, p.providerId!);
        return {
          participantId: o.id,
          displayName: o.displayName,
          score: round(scores.get(key) ?? 0),
          wished: p.wishes.includes(o.id),
          wishedBy: viewer.coordinator && o.wishes.includes(p.id),
        };
      })
      .sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName));
  }

  /** A registered participant's wish list and unavailable slots (by itself or a coordinator in charge). */
  async setPreferences(id: string, participantId: string, actor: Actor, body: PreferencesBody) {
    return this.db.transaction(async (m) => {
      const viewer = await viewerOf(m, id, actor);
      const p = await participantOf(m, viewer, participantId, actor);
      if (p.status !== 'registered')
        throw new DomainError('INVALID_TRANSITION', { from: p.status, action: 'preferences', allowed: 'registered' });
      const wishes = [...new Set(body.wishes)];
      const counterparts = wishes.length
        ? await m.findBy(EventParticipant, { id: In(wishes), eventId: id, status: 'registered' })
        : [];
      const errors: FieldError[] = [];
      if (counterparts.length !== wishes.length || counterparts.some((c) => c.side === p.side))
        errors.push({ field: 'wishes', constraint: 'notARegisteredCounterpart' });
      const slots = [...new Set(body.unavailableSlots)].sort((a, b) => a - b);
      if (slots.some((s) => s >= viewer.event.slots.length))
        errors.push({ field: 'unavailableSlots', constraint: 'notAnEventSlot' });
      if (errors.length) throw DomainError.validation(errors);
      await m.update(EventParticipant, { id: p.id }, { wishes, unavailableSlots: slots });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'event.preferences',
          targetType: 'event-participant',
          targetId: p.id,
          before: { wishes: p.wishes, unavailableSlots: p.unavailableSlots },
          after: { wishes, unavailableSlots: slots },
        },
        m,
      );
      return participantView({ ...p, wishes, unavailableSlots: slots }, true);
    });
  }

  /** Who speaks for a participant: its organisation's members and the expert's own account. */
  async speakers(m: EntityManager, p: Pick<EventParticipant, 'organizationId' | 'userId'>): Promise<string[]> {
    const members = p.organizationId ? await IdentityReads.memberIds(m, p.organizationId) : [];
    return [...new Set([...(p.userId ? [p.userId] : []), ...members])];
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
