import { EventsService, MatchmakingEvent, MeetingOutcome, OutcomesService, ScheduleService } from '@app/events';
import { ActorLoader, User } from '@app/identity';
import { ImportService } from '@app/listings';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const DAY = 24 * 3600 * 1000;
export const DEMO_EVENT_TITLE = '佛山智能制造与新能源供需对接会';

const EXTRA_NEEDS = [
  {
    externalId: 'demo-n-ev-mold',
    organizationName: '佛山市南海区精铸模具有限公司',
    title: '压铸模具寿命短、换模频繁',
    description: '铝合金压铸模具在高产量下早期龟裂，希望通过材料与热处理改进延长模具寿命。',
    keywords: ['压铸模具', '热处理', '模具寿命'],
    region: '广东省佛山市南海区',
    cooperationModes: ['技术咨询'],
  },
  {
    externalId: 'demo-n-ev-pack',
    organizationName: '佛山市顺德区能量盒电池科技有限公司',
    title: '储能电池包热失控预警',
    description: '户用储能电池包需要低成本的热失控早期预警方案，并优化电芯一致性筛选。',
    keywords: ['锂电池', '储能', '热失控'],
    region: '广东省佛山市顺德区',
    cooperationModes: ['联合攻关'],
  },
];
const NEEDS = ['demo-n-weld', 'demo-n-hydrogen', 'demo-n-ev-mold', 'demo-n-ev-pack'];
const PROVIDERS = ['demo-p-robot-ws', 'demo-p-robot-vision', 'demo-p-hydrogen', 'demo-p-battery', 'demo-p-knife-heat'];
/** Whom each participant asked to meet (by external id). */
const WISHES: Record<string, string[]> = {
  'demo-n-weld': ['demo-p-robot-ws', 'demo-p-robot-vision'],
  'demo-n-hydrogen': ['demo-p-hydrogen'],
  'demo-n-ev-mold': ['demo-p-knife-heat'],
  'demo-n-ev-pack': ['demo-p-battery', 'demo-p-hydrogen'],
  'demo-p-robot-ws': ['demo-n-weld'],
  'demo-p-battery': ['demo-n-ev-pack'],
  'demo-p-knife-heat': ['demo-n-ev-mold'],
  'demo-p-robot-vision': ['demo-n-weld', 'demo-n-ev-mold'],
  'demo-p-hydrogen': ['demo-n-hydrogen'],
};
const OUTCOMES: MeetingOutcome[] = ['signed', 'introduction', 'follow_up', 'no_interest'];

/**
 * One past event of 佛山市科协, two weeks ago: needs and providers invited and registered, wishes, the optimised
 * schedule, and outcomes recorded for most meetings (some became introductions; the rest are left for the demo).
 * Skipped when the event exists.
 */
export async function seedEvents(app: INestApplicationContext): Promise<string> {
  const db = app.get<DataSource>(getDataSourceToken());
  if (await db.getRepository(MatchmakingEvent).existsBy({ title: DEMO_EVENT_TITLE })) return 'already there';
  const coordinatorUser = await db.getRepository(User).findOneByOrFail({ email: 'coordinator@fsast.demo' });
  const coordinator = (await app.get(ActorLoader).load(coordinatorUser.id))!;
  const report = await app.get(ImportService).importNeeds(
    EXTRA_NEEDS.map((n) => ({ ...n })),
    coordinator,
    'en',
  );
  if (report.failed.length) throw new Error(`demo event needs did not import: ${JSON.stringify(report.failed)}`);
  const idOf = async (table: 'needs' | 'providers', externalId: string) =>
    (await db.query<{ id: string }[]>(`select id from ${table} where external_id = $1`, [externalId]))[0].id;
  const needIds = await Promise.all(NEEDS.map((n) => idOf('needs', n)));
  const providerIds = await Promise.all(PROVIDERS.map((p) => idOf('providers', p)));

  const events = app.get(EventsService);
  const date = new Date(Date.now() - 14 * DAY + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const event = await events.create(coordinator, {
    title: DEMO_EVENT_TITLE,
    description: '围绕焊接自动化、模具、氢能与储能电池的 1 对 1 洽谈。',
    date,
    venue: '佛山市科技馆二楼多功能厅',
    region: '440600',
    slots: [
      { start: '14:00', end: '14:20' },
      { start: '14:30', end: '14:50' },
      { start: '15:00', end: '15:20' },
      { start: '15:30', end: '15:50' },
    ],
    tables: 3,
    capacity: 30,
    keywords: ['智能制造', '焊接', '氢能', '储能电池'],
    maxMeetingsPerParticipant: 3,
  });
  const { participants } = await events.invite(event.id, coordinator, { needIds, providerIds });
  const byExternal = new Map<string, string>();
  NEEDS.forEach((n, i) => byExternal.set(n, participants.find((p) => p.needId === needIds[i])!.id));
  PROVIDERS.forEach((p, i) => byExternal.set(p, participants.find((x) => x.providerId === providerIds[i])!.id));
  for (const p of participants) await events.respond(event.id, p.id, coordinator, { decision: 'register' });
  for (const [who, wanted] of Object.entries(WISHES)) {
    await events.setPreferences(event.id, byExternal.get(who)!, coordinator, {
      wishes: wanted.map((w) => byExternal.get(w)!),
      unavailableSlots: who === 'demo-p-hydrogen' ? [0] : [],
    });
  }
  const schedules = app.get(ScheduleService);
  // The job ranks the event's needs with the matching engine before it scores the meetings (the worker may not have yet).
  await schedules.request(event.id, coordinator);
  const [{ schedule_request: request }] = await db.query<{ schedule_request: number }[]>(
    'select schedule_request from matchmaking_events where id = $1',
    [event.id],
  );
  await schedules.run(event.id, request);
  const { meetings } = await schedules.schedule(event.id, coordinator);
  let recorded = 0;
  // The last two meetings stay without an outcome, for the demo.
  for (const [i, meeting] of meetings.slice(0, Math.max(0, meetings.length - 2)).entries()) {
    const outcome = OUTCOMES[i % OUTCOMES.length];
    try {
      await app
        .get(OutcomesService)
        .record(
          event.id,
          meeting.id,
          coordinator,
          outcome === 'signed'
            ? { outcome, note: '现场签署联合攻关协议', agreement: { type: 'joint_rnd', contractValue: 500000 } }
            : { outcome },
        );
    } catch {
      // A pair the brokerage refuses (say, a declared conflict of interest) is recorded as no interest.
      await app.get(OutcomesService).record(event.id, meeting.id, coordinator, { outcome: 'no_interest' });
    }
    recorded++;
  }
  return `${meetings.length} meetings, ${recorded} outcomes`;
}
