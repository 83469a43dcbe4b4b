import { DAY_MS } from '@app/common';
import { shanghaiDate } from '@app/events/event-time';
import { inboxKinds, testClock } from './support/brokerage-fixtures';
import { providers } from './support/fixtures';
import { eventually, TestStack } from './support/stack';

interface Meeting {
  id: string;
  enterpriseParticipantId: string;
  providerParticipantId: string;
  slot: number;
  table: number;
  pinned: boolean;
  outcome: string | null;
  engagementId: string | null;
}
interface Participant {
  id: string;
  side: 'enterprise' | 'provider';
  needId: string | null;
  providerId: string | null;
  status: string;
}

/**
 * A matchmaking event (供需对接会) from invitation to engagements: a coordinator creates it in their jurisdiction,
 * invites the needs and providers that search and matching suggest, invitees register and mark wishes and
 * unavailable slots, the schedule job proposes a feasible 1:1 schedule, the coordinator moves a meeting (a clash is
 * refused), schedules print in both languages, and after the event outcomes become introductions and requests.
 */
describe('events: invitation → schedule → outcomes that become engagements', () => {
  let stack: TestStack;
  const tag = `ev${Date.now().toString(36)}`;
  const emails = {
    coordinator: `coord-${tag}@events.test`,
    foreign: `foreign-${tag}@events.test`,
    owner: `owner-${tag}@events.test`,
    owner2: `owner2-${tag}@events.test`,
    expert: `expert-${tag}@events.test`,
    outsider: `outsider-${tag}@events.test`,
  };
  const t: Record<keyof typeof emails, string> = {
    coordinator: '',
    foreign: '',
    owner: '',
    owner2: '',
    expert: '',
    outsider: '',
  };
  const ids: Record<string, string> = {};
  let eventId: string;
  let participants: Participant[] = [];
  let eventDate: string;

  beforeAll(async () => {
    testClock.startAtShanghaiMorning();
    stack = await TestStack.start();
    t.coordinator = (await stack.coordinator(emails.coordinator, `${tag} 湘潭市科协`, '430300')).token;
    t.foreign = (await stack.coordinator(emails.foreign, `${tag} 茂名市科协`, '440900')).token;
    const owner = await stack.user(emails.owner, {
      organization: { type: 'enterprise', name: `${tag} 湘潭电池材料有限公司`, regionCode: '430300' },
    });
    const owner2 = await stack.user(emails.owner2, {
      organization: { type: 'enterprise', name: `${tag} 湘潭正极科技有限公司`, regionCode: '430300' },
    });
    t.owner = owner.token;
    t.owner2 = owner2.token;
    ids.ent1 = owner.organization!.id;
    ids.ent2 = owner2.organization!.id;
    t.expert = (await stack.user(emails.expert)).token;
    t.outsider = (
      await stack.user(emails.outsider, {
        organization: { type: 'enterprise', name: `${tag} 茂名水产公司`, regionCode: '440900' },
      })
    ).token;
  });

  afterAll(async () => {
    await stack?.stop();
    testClock.reset();
  });

  const as = (who: keyof typeof t) => ({
    get: (path: string) => stack.http.get(path).auth(t[who], { type: 'bearer' }),
    post: (path: string, body: object = {}) => stack.http.post(path).auth(t[who], { type: 'bearer' }).send(body),
    put: (path: string, body: object = {}) => stack.http.put(path).auth(t[who], { type: 'bearer' }).send(body),
    patch: (path: string, body: object = {}) => stack.http.patch(path).auth(t[who], { type: 'bearer' }).send(body),
  });
  const ev = (rest = '') => `/api/v1/events/${eventId}${rest}`;
  const participantOf = (key: 'n1' | 'n2' | 'expert' | 'battery') =>
    participants.find((p) => p.needId === ids[key] || p.providerId === ids[key])!;

  it('publishes two needs and matches them against an expert with an account and imported providers', async () => {
    const profile = await as('expert').put('/api/v1/me/expert-profile', {
      name: '陈博远',
      title: '研究员',
      region: '湖南省长沙市',
      keywords: ['锂离子电池', '正极材料', '高镍三元'],
      bio: '从事锂离子电池高镍正极材料的合成与量产工艺研究。',
    });
    expect(profile.status).toBe(200);
    ids.expert = profile.body.id;
    await stack.approveExpertProfile(ids.expert);
    const imported = await as('coordinator').post('/api/v1/import/providers', { items: providers(tag) });
    ids.battery = imported.body.ids[`${tag}-battery`];
    const needs = await as('coordinator').post('/api/v1/import/needs', {
      items: [
        {
          externalId: `${tag}-n1`,
          title: '锂电池正极材料研发',
          organizationId: ids.ent1,
          region: '湖南省湘潭市',
          keywords: ['锂电池', '正极材料'],
          description: '动力电池循环寿命不达标，寻求正极材料专家联合攻关。',
        },
        {
          externalId: `${tag}-n2`,
          title: '高镍正极材料量产工艺',
          organizationId: ids.ent2,
          region: '湖南省湘潭市',
          keywords: ['高镍', '正极材料'],
          description: '高镍三元正极放大生产时批次一致性差，希望优化烧结工艺。',
        },
      ],
    });
    expect(needs.body.failed).toEqual([]);
    ids.n1 = needs.body.ids[`${tag}-n1`];
    ids.n2 = needs.body.ids[`${tag}-n2`];
    for (const need of [ids.n1, ids.n2]) {
      await eventually(async () => {
        const res = await as('coordinator').get(`/api/v1/needs/${need}/matches?limit=100`);
        const found =
          res.body.status === 'ready' ? (res.body.items as { providerId: string }[]).map((m) => m.providerId) : [];
        return [ids.expert, ids.battery].every((p) => found.includes(p));
      });
    }
  }, 600000);

  it('refuses bad events in the user’s language, and events outside the coordinator’s jurisdiction', async () => {
    eventDate = shanghaiDate(new Date(testClock.now().getTime() + DAY_MS));
    const good = {
      title: `${tag} 新能源材料供需对接会`,
      date: eventDate,
      venue: '湘潭市科技会展中心 3 楼',
      region: '湖南省湘潭市',
      tables: 2,
      capacity: 20,
      slots: [
        { start: '09:00', end: '09:20' },
        { start: '09:30', end: '09:50' },
        { start: '10:00', end: '10:20' },
      ],
      fields: [],
      keywords: ['正极材料', '锂电池'],
      maxMeetingsPerParticipant: 2,
    };
    const noPlace = await as('coordinator')
      .post('/api/v1/events', { ...good, venue: undefined })
      .set('Accept-Language', 'en');
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.errors).toEqual([
      expect.objectContaining({ field: 'venue', message: expect.stringContaining('venue') }),
    ]);
    const badSlot = await as('coordinator').post('/api/v1/events', {
      ...good,
      slots: [{ start: '10:00', end: '09:00' }],
    });
    expect(badSlot.status).toBe(400);
    expect(badSlot.body.errors[0]).toMatchObject({ field: 'slots[0]', message: expect.stringContaining('HH:MM') });
    expect((await as('coordinator').post('/api/v1/events', { ...good, tables: 0 })).body.errors[0].field).toBe(
      'tables',
    );
    expect((await as('foreign').post('/api/v1/events', good)).status).toBe(403);
    expect((await as('owner').post('/api/v1/events', good)).status).toBe(403);
    expect((await stack.http.post('/api/v1/events').send(good)).status).toBe(401);
    const created = await as('coordinator').post('/api/v1/events', good);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      regionCode: '430300',
      scheduleStatus: 'none',
      viewerRoles: ['coordinator'],
      held: false,
    });
    eventId = created.body.id;
    const [count] = await stack.db.query(`select count(*)::int as n from matchmaking_events where title like $1`, [
      `${tag}%`,
    ]);
    expect(count.n).toBe(1);
  });

  it('suggests the needs and providers on the themes, and invites them once each', async () => {
    const suggested = await eventually(async () => {
      const res = await as('coordinator').get(ev('/suggestions?limit=50'));
      const needIds = (res.body.needs ?? []).map((n: { id: string }) => n.id);
      const providerIds = (res.body.providers ?? []).map((n: { id: string }) => n.id);
      const expertScore = (res.body.providers ?? []).find((p: { id: string }) => p.id === ids.expert)?.score ?? 0;
      return [ids.n1, ids.n2].every((n) => needIds.includes(n)) &&
        [ids.expert, ids.battery].every((p) => providerIds.includes(p)) &&
        expertScore > 0
        ? res.body
        : null;
    });
    expect(suggested.providers.find((p: { id: string }) => p.id === ids.expert).score).toBeGreaterThan(0);
    expect((await as('foreign').get(ev('/suggestions'))).status).toBe(403);

    const body = { needIds: [ids.n1, ids.n2], providerIds: [ids.expert, ids.battery] };
    expect((await as('owner').post(ev('/invitations'), body)).status).toBe(403);
    const unknownNeed = await as('coordinator').post(ev('/invitations'), {
      needIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownNeed.status).toBe(400);
    expect(unknownNeed.body.errors[0]).toMatchObject({
      field: 'needIds',
      message: expect.stringContaining('不是已发布的需求'),
    });
    expect(
      (await as('coordinator').post(ev('/invitations'), {}).set('Accept-Language', 'en')).body.errors[0].message,
    ).toBe('Give needIds or providerIds');
    const invited = await as('coordinator').post(ev('/invitations'), body);
    expect(invited.status).toBe(201);
    expect(invited.body.invited).toBe(4);
    expect((await as('coordinator').post(ev('/invitations'), body)).body.invited).toBe(0);
    expect(await inboxKinds(stack, t.owner)).toMatchObject({ 'event.invited': 1 });
    expect(await inboxKinds(stack, t.expert)).toMatchObject({ 'event.invited': 1 });
  });

  it('shows the event to its invitees and coordinators only', async () => {
    expect((await as('owner').get(ev())).body).toMatchObject({ viewerRoles: ['enterprise'], scheduleValue: null });
    expect((await as('foreign').get(ev())).status).toBe(403);
    expect((await as('outsider').get(ev())).status).toBe(403);
    expect((await as('outsider').get(ev('/participants'))).status).toBe(403);
    expect((await stack.http.get(ev())).status).toBe(401);
    expect((await as('foreign').get('/api/v1/events')).body.map((e: { id: string }) => e.id)).not.toContain(eventId);
    expect((await as('owner').get('/api/v1/events')).body.map((e: { id: string }) => e.id)).toContain(eventId);
  });

  it('invitees register (the coordinator on behalf of an imported profile) and mark wishes and unavailable slots', async () => {
    participants = (await as('coordinator').get(ev('/participants'))).body;
    expect(participants).toHaveLength(4);
    const register = (who: keyof typeof t, p: Participant) =>
      as(who).post(ev(`/participants/${p.id}/respond`), { decision: 'register' });
    expect((await register('owner2', participantOf('n1'))).status).toBe(403);
    expect((await register('owner', participantOf('n1'))).body.status).toBe('registered');
    expect((await register('owner2', participantOf('n2'))).body.status).toBe('registered');
    expect((await register('expert', participantOf('expert'))).body.status).toBe('registered');
    expect((await register('coordinator', participantOf('battery'))).body.status).toBe('registered');

    const candidates = await as('owner').get(ev(`/participants/${participantOf('n1').id}/candidates`));
    expect(candidates.body.map((c: { participantId: string }) => c.participantId).sort()).toEqual(
      [participantOf('expert').id, participantOf('battery').id].sort(),
    );
    expect(candidates.body.every((c: { score: number }) => c.score > 0)).toBe(true);

    const prefs = ev(`/participants/${participantOf('n1').id}/preferences`);
    const sameSide = await as('owner')
      .put(prefs, { wishes: [participantOf('n2').id], unavailableSlots: [] })
      .set('Accept-Language', 'en');
    expect(sameSide.status).toBe(400);
    expect(sameSide.body.errors[0]).toMatchObject({ field: 'wishes', message: expect.stringContaining('other side') });
    expect((await as('owner').put(prefs, { wishes: [], unavailableSlots: [7] })).body.errors[0].field).toBe(
      'unavailableSlots',
    );
    expect((await as('owner2').put(prefs, { wishes: [], unavailableSlots: [] })).status).toBe(403);
    const saved = await as('owner').put(prefs, { wishes: [participantOf('expert').id], unavailableSlots: [0] });
    expect(saved.body).toMatchObject({ wishes: [participantOf('expert').id], unavailableSlots: [0] });
    await as('expert').put(ev(`/participants/${participantOf('expert').id}/preferences`), {
      wishes: [participantOf('n1').id],
      unavailableSlots: [],
    });
    // Others' wishes stay private to the coordinators and the participant itself.
    const seenByOwner2 = (await as('owner2').get(ev('/participants'))).body as { id: string; wishes: string[] }[];
    expect(seenByOwner2.find((p) => p.id === participantOf('n1').id)!.wishes).toEqual([]);
  });

  let meetings: Meeting[] = [];

  it('the schedule job proposes a feasible, exact schedule: no double booking, unavailable slots kept, everyone meets', async () => {
    expect((await as('owner').post(ev('/schedule'))).status).toBe(403);
    expect((await as('foreign').post(ev('/schedule'))).status).toBe(403);
    const requested = await as('coordinator').post(ev('/schedule'));
    expect(requested.status).toBe(202);
    expect(requested.body.status).toBe('running');
    const schedule = await eventually(async () => {
      const res = await as('coordinator').get(ev('/schedule'));
      return res.body.status === 'ready' ? res.body : null;
    });
    meetings = schedule.meetings;
    expect(schedule.method).toBe('exact');
    expect(schedule.value).toBeLessThanOrEqual(schedule.bound + 1e-6);
    expect(schedule.uncovered).toEqual([]);
    const cells = new Set<string>();
    const busy = new Set<string>();
    for (const m of meetings) {
      expect(cells.has(`${m.slot}:${m.table}`)).toBe(false);
      cells.add(`${m.slot}:${m.table}`);
      for (const p of [m.enterpriseParticipantId, m.providerParticipantId]) {
        expect(busy.has(`${m.slot}:${p}`)).toBe(false);
        busy.add(`${m.slot}:${p}`);
      }
    }
    expect(meetings.some((m) => m.enterpriseParticipantId === participantOf('n1').id && m.slot === 0)).toBe(false);
    // Both asked for this pair (value doubled): it is in the schedule.
    expect(
      meetings.some(
        (m) =>
          m.enterpriseParticipantId === participantOf('n1').id &&
          m.providerParticipantId === participantOf('expert').id,
      ),
    ).toBe(true);
    // A participant sees only its own meetings.
    const own = (await as('owner2').get(ev('/schedule'))).body.meetings as Meeting[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((m) => m.enterpriseParticipantId === participantOf('n2').id)).toBe(true);
    expect(await inboxKinds(stack, t.coordinator)).toMatchObject({ 'event.schedule_ready': 1 });
    const [audit] = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'event.scheduled' and target_id = $1`,
      [eventId],
    );
    expect(audit.n).toBe(1);
  });

  it('the coordinator moves a meeting by hand; a clash or a bad slot is refused', async () => {
    const [first, second] = meetings;
    const clash = await as('coordinator')
      .patch(ev(`/meetings/${first.id}`), { slot: second.slot, table: second.table })
      .set('Accept-Language', 'en');
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('MEETING_CLASH');
    expect(
      (await as('coordinator').patch(ev(`/meetings/${first.id}`), { slot: 9, table: 0 })).body.errors[0].field,
    ).toBe('slot');
    expect((await as('owner').patch(ev(`/meetings/${first.id}`), { slot: 0, table: 0 })).status).toBe(403);
    const free = [0, 1, 2]
      .flatMap((slot) => [0, 1].map((table) => ({ slot, table })))
      .find(
        (c) =>
          !meetings.some((m) => m.slot === c.slot && m.table === c.table) &&
          !meetings.some(
            (m) =>
              m !== first &&
              m.slot === c.slot &&
              (m.enterpriseParticipantId === first.enterpriseParticipantId ||
                m.providerParticipantId === first.providerParticipantId),
          ) &&
          !(first.enterpriseParticipantId === participantOf('n1').id && c.slot === 0),
      );
    if (free) {
      const moved = await as('coordinator').patch(ev(`/meetings/${first.id}`), free);
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ ...free, pinned: true });
    }
    const placeTwice = await as('coordinator').post(ev('/meetings'), {
      enterpriseParticipantId: second.enterpriseParticipantId,
      providerParticipantId: second.providerParticipantId,
      slot: 0,
      table: 0,
    });
    expect(placeTwice.status).toBe(409);
  });

  it('prints a participant’s schedule in Chinese and English, and the tables for the coordinator', async () => {
    const path = (lang: string) => ev(`/print?view=participant&participantId=${participantOf('n1').id}&lang=${lang}`);
    const zh = await as('owner').get(path('zh-CN'));
    expect(zh.status).toBe(200);
    expect(zh.headers['content-type']).toContain('text/html');
    expect(zh.text).toContain('会谈日程');
    expect(zh.text).toContain('陈博远');
    expect((await as('owner').get(path('en'))).text).toContain('Meeting schedule');
    expect((await as('owner').get(ev('/print?view=tables'))).status).toBe(403);
    expect((await as('coordinator').get(ev('/print?view=tables&lang=en'))).text).toContain('Meetings by table');
    expect((await as('owner2').get(path('en'))).status).toBe(403);
  });

  let signedEngagementId = '';
  let signedMeetingId = '';

  it('after the event, outcomes become an introduction (coordinator) and a request (a side), with the usual reminders', async () => {
    const withExpert = meetings.find(
      (m) =>
        m.enterpriseParticipantId === participantOf('n1').id && m.providerParticipantId === participantOf('expert').id,
    )!;
    const agreement = { type: 'joint_rnd', contractValue: 300000 };
    const early = await as('coordinator')
      .post(ev(`/meetings/${withExpert.id}/outcome`), { outcome: 'signed', agreement })
      .set('Accept-Language', 'en');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('EVENT_NOT_HELD');
    testClock.advance(DAY_MS);
    expect(
      (await as('outsider').post(ev(`/meetings/${withExpert.id}/outcome`), { outcome: 'signed', agreement })).status,
    ).toBe(403);
    expect(
      (await as('owner2').post(ev(`/meetings/${withExpert.id}/outcome`), { outcome: 'signed', agreement })).status,
    ).toBe(403);
    // A signed outcome names the agreement it records on the engagement.
    const noAgreement = await as('coordinator')
      .post(ev(`/meetings/${withExpert.id}/outcome`), { outcome: 'signed' })
      .set('Accept-Language', 'en');
    expect(noAgreement.status).toBe(400);
    expect(noAgreement.body.errors[0].field).toBe('agreement');
    expect(
      (await as('coordinator').post(ev(`/meetings/${withExpert.id}/outcome`), { outcome: 'maybe' })).body.errors[0]
        .field,
    ).toBe('outcome');

    const signed = await as('coordinator').post(ev(`/meetings/${withExpert.id}/outcome`), {
      outcome: 'signed',
      note: '现场签署合作意向书',
      agreement,
    });
    expect(signed.status).toBe(200);
    expect(signed.body.engagementId).toEqual(expect.any(String));
    // Both sides have yet to accept the introduction (double opt-in): the agreement waits for that.
    expect(signed.body.agreementStatus).toBe('pending');
    signedEngagementId = signed.body.engagementId;
    signedMeetingId = withExpert.id;
    const engagement = await as('coordinator').get(`/api/v1/engagements/${signed.body.engagementId}`);
    expect(engagement.body).toMatchObject({ status: 'introduced', origin: 'manual' });
    const reminders = await stack.db.query(`select kind from reminders where subject_id = $1`, [
      signed.body.engagementId,
    ]);
    expect(reminders.length).toBeGreaterThan(0);
    // Recording it again links the same engagement.
    expect(
      (
        await as('coordinator').post(ev(`/meetings/${withExpert.id}/outcome`), {
          outcome: 'signed',
          note: '现场签署合作意向书',
          agreement,
        })
      ).body.engagementId,
    ).toBe(signed.body.engagementId);

    const ofN2 = meetings.find((m) => m.enterpriseParticipantId === participantOf('n2').id)!;
    const followUp = await as('owner2').post(ev(`/meetings/${ofN2.id}/outcome`), { outcome: 'follow_up' });
    expect(followUp.status).toBe(200);
    const requested = await as('owner2').get(`/api/v1/engagements/${followUp.body.engagementId}`);
    expect(requested.body).toMatchObject({ status: 'requested', origin: 'enterprise_request' });

    const other = meetings.find((m) => m.id !== withExpert.id && m.id !== ofN2.id);
    if (other) {
      const none = await as('coordinator').post(ev(`/meetings/${other.id}/outcome`), { outcome: 'no_interest' });
      expect(none.body).toMatchObject({ outcome: 'no_interest', engagementId: null });
    }
    expect(await inboxKinds(stack, t.expert)).toMatchObject({ 'event.outcome_recorded': 1, 'introduction.invited': 1 });
    const [audit] = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'event.outcome-recorded'`,
    );
    expect(audit.n).toBeGreaterThanOrEqual(3);
  });

  it('a signed outcome records the agreement on the engagement once both sides have accepted it', async () => {
    const respond = (who: keyof typeof t) =>
      as(who).post(`/api/v1/introductions/${signedEngagementId}/respond`, { decision: 'accept' });
    expect((await respond('expert')).status).toBe(200);
    expect((await respond('owner')).status).toBe(200);
    const { EventAgreements } = await import('@app/events');
    const engagement = await eventually(async () => {
      await stack.worker!.get(EventAgreements).applyPending();
      const res = await as('owner').get(`/api/v1/engagements/${signedEngagementId}`);
      return res.body.status === 'agreement_signed' ? res.body : null;
    });
    expect(engagement.agreement).toMatchObject({ type: 'joint_rnd', contractValue: 300000 });
    // Through the brokerage's own pipeline: the event's meeting, negotiation, then the coordinator's signing with its reason.
    const timeline = (await as('coordinator').get(`/api/v1/engagements/${signedEngagementId}/timeline`)).body.items as {
      type: string;
      toStatus: string;
      body: string | null;
      actorRole: string;
    }[];
    const stages = timeline.filter((e) => e.type === 'transition').map((e) => e.toStatus);
    expect(stages.slice(-3)).toEqual(['meeting_scheduled', 'negotiating', 'agreement_signed']);
    expect(timeline.find((e) => e.toStatus === 'agreement_signed')).toMatchObject({
      actorRole: 'coordinator',
      body: expect.stringContaining('现场签约'),
    });
    const labels = await stack.db.query(`select label from match_labels where engagement_id = $1`, [
      signedEngagementId,
    ]);
    expect(labels.map((l: { label: string }) => l.label)).toContain('agreement');
    const meeting = (
      (await as('coordinator').get(ev('/schedule'))).body.meetings as (Meeting & { agreementStatus: string })[]
    ).find((m) => m.id === signedMeetingId)!;
    expect(meeting.agreementStatus).toBe('recorded');
    // Another sweep, or recording it again, signs nothing twice.
    await stack.worker!.get(EventAgreements).applyPending();
    await as('coordinator').post(ev(`/meetings/${signedMeetingId}/outcome`), {
      outcome: 'signed',
      agreement: { type: 'joint_rnd', contractValue: 300000 },
    });
    const [signings] = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'engagement.agreement-signed' and target_id = $1`,
      [signedEngagementId],
    );
    expect(signings.n).toBe(1);
  }, 600000);

  it('a schedule request whose job Redis lost is queued again by the sweep, and written once', async () => {
    await stack.db.query(
      `update matchmaking_events set schedule_status = 'running', schedule_request = schedule_request + 1, updated_at = now() - interval '5 minutes' where id = $1`,
      [eventId],
    );
    const { ScheduleService } = await import('@app/events');
    expect(await stack.api.get(ScheduleService).requeueLost()).toBeGreaterThanOrEqual(1);
    const schedule = await eventually(async () => {
      const res = await as('coordinator').get(ev('/schedule'));
      return res.body.status === 'ready' ? res.body : null;
    });
    // Meetings with an outcome are kept as they were.
    expect((schedule.meetings as Meeting[]).filter((m) => m.outcome).length).toBeGreaterThanOrEqual(2);
    const [audit] = await stack.db.query(
      `select count(*)::int as n from audit_entries where action = 'event.scheduled' and target_id = $1`,
      [eventId],
    );
    expect(audit.n).toBe(2);
  });

  it('a participant who declines leaves the schedule; its meetings with an outcome stay', async () => {
    const battery = participantOf('battery');
    const before = (await as('coordinator').get(ev('/schedule'))).body.meetings as Meeting[];
    const kept = before.filter((m) => m.providerParticipantId === battery.id && m.outcome).map((m) => m.id);
    const declined = await as('coordinator').post(ev(`/participants/${battery.id}/respond`), { decision: 'decline' });
    expect(declined.body.status).toBe('declined');
    const after = (await as('coordinator').get(ev('/schedule'))).body.meetings as Meeting[];
    expect(
      after
        .filter((m) => m.providerParticipantId === battery.id)
        .map((m) => m.id)
        .sort(),
    ).toEqual(kept.sort());
  });
  it('shows the matching engine’s current scores, and the schedule job ranks a need the engine has not ranked yet', async () => {
    const n1 = participantOf('n1');
    const expert = participantOf('expert');
    const scheduled = async () =>
      (await as('coordinator').get(ev('/schedule'))).body.meetings as (Meeting & { score: number; value: number })[];
    const pair = (ms: (Meeting & { score: number; value: number })[], e: Participant) =>
      ms.find((m) => m.enterpriseParticipantId === e.id && m.providerParticipantId === expert.id);
    // The engine re-ranks the pair: the schedule and the wish list show the new score (both asked: value doubled).
    await stack.db.query(`update matches set score = 0.42 where need_id = $1 and provider_id = $2`, [
      ids.n1,
      ids.expert,
    ]);
    const rescored = pair(await scheduled(), n1)!;
    expect(rescored.score).toBeCloseTo(0.42, 5);
    expect(rescored.value).toBeCloseTo(0.84, 5);
    const candidates = (await as('owner').get(ev(`/participants/${n1.id}/candidates`))).body as {
      participantId: string;
      score: number;
    }[];
    expect(candidates.find((c) => c.participantId === expert.id)!.score).toBeCloseTo(0.42, 3);

    // n2 loses its ranking (as right after an import, before the matching queue got to it); nobody wished n2 × expert.
    await stack.db.query(`delete from matches where need_id = $1`, [ids.n2]);
    await stack.db.query(`delete from match_list_tails where need_id = $1`, [ids.n2]);
    await stack.db.query(`update match_runs set status = 'pending' where subject_type = 'need' and subject_id = $1`, [
      ids.n2,
    ]);
    const unranked = pair(await scheduled(), participantOf('n2'));
    if (unranked) expect(unranked.score).toBe(0);
    expect((await as('coordinator').post(ev('/schedule'))).status).toBe(202);
    const ready = await eventually(async () => {
      const res = await as('coordinator').get(ev('/schedule'));
      return res.body.status === 'ready' ? res.body : null;
    });
    // The job ranked n2 with the matching engine before scoring, so the pair is worth a meeting on its score alone.
    const [run] = await stack.db.query(
      `select status from match_runs where subject_type = 'need' and subject_id = $1`,
      [ids.n2],
    );
    expect(run.status).toBe('ready');
    const ranked = pair(ready.meetings, participantOf('n2'));
    expect(ranked).toBeDefined();
    expect(ranked!.score).toBeGreaterThan(0);
    expect(ranked!.value).toBeCloseTo(ranked!.score, 5);
  }, 600000);

  it('reminds unanswered invitees, participants without wishes and everyone of their meetings the day before, each once', async () => {
    const { ReminderDispatcher } = await import('@app/reminders');
    const { eventMorning } = await import('@app/events');
    const dispatcher = stack.worker!.get(ReminderDispatcher);
    const date = shanghaiDate(new Date(testClock.now().getTime() + 6 * DAY_MS));
    const created = await as('coordinator').post('/api/v1/events', {
      title: `${tag} 第二场对接会`,
      date,
      venue: '湘潭大学学术交流中心',
      region: '湖南省湘潭市',
      tables: 2,
      capacity: 20,
      slots: [
        { start: '14:00', end: '14:20' },
        { start: '14:30', end: '14:50' },
      ],
      keywords: ['正极材料'],
      maxMeetingsPerParticipant: 2,
    });
    const second = created.body.id as string;
    const at = (rest: string) => `/api/v1/events/${second}${rest}`;
    await as('coordinator').post(at('/invitations'), { needIds: [ids.n1, ids.n2], providerIds: [ids.expert] });
    const people = (await as('coordinator').get(at('/participants'))).body as Participant[];
    const of = (key: string) => people.find((p) => p.needId === ids[key] || p.providerId === ids[key])!;
    for (const [who, need] of [
      ['owner', 'n1'],
      ['owner2', 'n2'],
    ] as const) {
      const registered = await as(who).post(at(`/participants/${of(need).id}/respond`), { decision: 'register' });
      expect(registered.status).toBeLessThan(300);
    }
    await stack.db.query(`update users set locale = 'en' where email = $1`, [emails.expert]);
    // This event's notices only (the first event's day-before notice went out when its schedule was ready, that day).
    const kindsOf = async (who: keyof typeof emails, kind: string) =>
      (
        await stack.db.query(
          `select count(*)::int as n from notifications n join users u on u.id = n.user_id where u.email = $1 and n.kind = $2 and n.subject_id = $3`,
          [emails[who], kind, second],
        )
      )[0].n as number;
    // A probe that does not hold yet says what the sweep did, so a wait that never ends names its cause.
    const sweepUntil = (probe: () => Promise<boolean>) =>
      eventually(async () => {
        const sweep = await dispatcher.sweep();
        if (await probe()) return true;
        throw new Error(`not yet; last sweep ${JSON.stringify(sweep)}`);
      });
    const remindersOf = async (kind: string) =>
      stack.db.query<{ dedupe_key: string; status: string }[]>(
        `select r.dedupe_key, r.status from reminders r join event_participants p on p.id = r.subject_id where p.event_id = $1 and r.kind = $2 order by r.dedupe_key`,
        [second, kind],
      );

    // Scheduled from the data, none due yet.
    await sweepUntil(
      async () =>
        (await remindersOf('event.invitation-unanswered')).length === 1 &&
        (await remindersOf('event.wishes-missing')).length === 2,
    );
    expect(await kindsOf('expert', 'event.invitation_reminder')).toBe(0);
    // Three days before: the expert, who has not answered, is reminded; the registered enterprises are not.
    testClock.advance(eventMorning(date, 3).getTime() + 3600_000 - testClock.now().getTime());
    await sweepUntil(async () => (await kindsOf('expert', 'event.invitation_reminder')) === 1);
    expect(await kindsOf('owner', 'event.invitation_reminder')).toBe(0);
    const mailOf = async (kind: string) =>
      await stack.db.query<{ subject: string; text_body: string }[]>(
        `select o.subject, o.text_body from email_outbox o join notifications n on n.id = o.notification_id where o.kind = $1 and o.to_address = $2 and n.subject_id = $3`,
        [kind, emails.expert, second],
      );
    const [mail] = await mailOf('event.invitation_reminder');
    expect(mail.subject).toBe(`[Tech Matchmaking] Please answer: ${tag} 第二场对接会`);

    // n2 marks its wishes; two days before, n1 (none marked) is reminded, n2 is not.
    await as('expert').post(at(`/participants/${of('expert').id}/respond`), { decision: 'register' });
    await as('owner2').put(at(`/participants/${of('n2').id}/preferences`), {
      wishes: [of('expert').id],
      unavailableSlots: [],
    });
    testClock.advance(eventMorning(date, 2).getTime() + 3600_000 - testClock.now().getTime());
    await sweepUntil(
      async () =>
        (await kindsOf('owner', 'event.wishes_reminder')) === 1 &&
        (await kindsOf('expert', 'event.wishes_reminder')) === 1,
    );
    expect(await kindsOf('owner2', 'event.wishes_reminder')).toBe(0);
    expect((await remindersOf('event.wishes-missing')).map((r) => r.status).sort()).toEqual([
      'cancelled',
      'sent',
      'sent',
    ]);

    // The schedule is built; the day before, each participant gets its meetings.
    expect((await as('coordinator').post(at('/schedule'))).status).toBe(202);
    const meetings = (
      await eventually(async () => {
        const res = await as('coordinator').get(at('/schedule'));
        return res.body.status === 'ready' ? res.body : null;
      })
    ).meetings as Meeting[];
    expect(meetings.length).toBeGreaterThan(0);
    await sweepUntil(async () => (await remindersOf('event.schedule-day-before')).length === 3);
    expect(await kindsOf('owner2', 'event.schedule_reminder')).toBe(0);
    testClock.advance(eventMorning(date, 1).getTime() + 3600_000 - testClock.now().getTime());
    await sweepUntil(async () => (await remindersOf('event.schedule-day-before')).every((r) => r.status !== 'pending'));
    const met = new Set(meetings.flatMap((m) => [m.enterpriseParticipantId, m.providerParticipantId]));
    expect(await kindsOf('owner2', 'event.schedule_reminder')).toBe(met.has(of('n2').id) ? 1 : 0);
    expect(await kindsOf('expert', 'event.schedule_reminder')).toBe(1);
    const [daybefore] = await mailOf('event.schedule_reminder');
    expect(daybefore.subject).toBe(`[Tech Matchmaking] Your meetings tomorrow: ${tag} 第二场对接会`);
    expect(daybefore.text_body).toMatch(/14:[03]0–14:[25]0 · table \d/);

    // Once each: more sweeps write nothing, every reminder is settled under its own key.
    await dispatcher.sweep();
    await dispatcher.sweep();
    expect(await kindsOf('expert', 'event.invitation_reminder')).toBe(1);
    expect(await kindsOf('owner', 'event.wishes_reminder')).toBe(1);
    expect(await kindsOf('expert', 'event.schedule_reminder')).toBe(1);
    const notices = await stack.db.query(
      `select kind, count(*)::int as n from notifications where subject_id = $1 and kind like 'event.%reminder' group by kind, user_id having count(*) > 1`,
      [second],
    );
    expect(notices).toEqual([]);
    for (const kind of ['event.invitation-unanswered', 'event.wishes-missing', 'event.schedule-day-before']) {
      const rows = await remindersOf(kind);
      expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(rows.length);
    }
  }, 600000);
});
