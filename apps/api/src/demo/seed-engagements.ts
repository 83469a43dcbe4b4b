import { EngagementsService, IntroductionsService, ResponsesService, TransitionBody } from '@app/brokerage';
import { Actor, ActorLoader, AuthService, Membership, OrganizationsService, User } from '@app/identity';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from './demo-data';

const DAY = 24 * 3600 * 1000;

type Step = TransitionBody | { respond: 'enterprise' | 'provider'; decision: 'accept' | 'decline' };

/**
 * Engagements at every stage of the pipeline, brokered by 广东省科协's coordinator. Enterprises answer in person (their
 * confidential part opens on acceptance); the coordinator answers for providers reached by phone (on behalf).
 */
const DEMO_ENGAGEMENTS: { need: string; provider: string; note: string; steps: Step[] }[] = [
  { need: 'demo-n-lychee', provider: 'demo-p-lychee', note: '庞研究员在高州有荔枝保鲜示范基地。', steps: [] },
  {
    need: 'demo-n-hydrogen',
    provider: 'demo-p-hydrogen',
    note: '罗研究员长期研究膜电极耐久性。',
    steps: [
      { respond: 'enterprise', decision: 'accept' },
      { respond: 'provider', decision: 'accept' },
    ],
  },
  {
    need: 'demo-n-shrimp',
    provider: 'demo-p-aqua-society',
    note: '学会可组织专家驻点诊断。',
    steps: [
      { respond: 'enterprise', decision: 'accept' },
      { respond: 'provider', decision: 'accept' },
      {
        to: 'meeting_scheduled',
        meeting: {
          at: new Date(Date.now() + 5 * DAY).toISOString(),
          mode: 'in_person',
          location: '茂名市电白区海湾合作社养殖基地',
        },
      },
    ],
  },
  {
    need: 'demo-n-weld',
    provider: 'demo-p-robot-ws',
    note: '工作站的焊缝视觉方案适合小批量五金件。',
    steps: [
      { respond: 'enterprise', decision: 'accept' },
      { respond: 'provider', decision: 'accept' },
      {
        to: 'meeting_scheduled',
        meeting: { at: new Date(Date.now() - 10 * DAY).toISOString(), mode: 'online', location: '腾讯会议' },
      },
      { to: 'negotiating', reason: '现场演示后双方确认技术路线' },
      {
        to: 'agreement_signed',
        reason: '双方在佛山市科协见证下签署联合攻关协议，合同原件存协会档案室',
        agreement: { type: 'joint_rnd', contractValue: 800000 },
      },
    ],
  },
  {
    need: 'demo-n-bamboo',
    provider: 'demo-p-bamboo',
    note: 'Professor Zhou works on low-formaldehyde bamboo boards.',
    steps: [
      { respond: 'enterprise', decision: 'accept' },
      { respond: 'provider', decision: 'accept' },
      {
        to: 'meeting_scheduled',
        meeting: { at: new Date(Date.now() - 60 * DAY).toISOString(), mode: 'online', location: 'Zoom' },
      },
      { to: 'negotiating' },
      {
        to: 'agreement_signed',
        reason: 'Both parties signed the transfer contract; a copy is on file with the association',
        agreement: { type: 'tech_transfer', contractValue: 300000 },
      },
      { to: 'completed', reason: '样板通过客户检测' },
    ],
  },
  {
    need: 'demo-n-tcm',
    provider: 'demo-p-tcm',
    note: '黄教授研究化橘红提取工艺。',
    steps: [
      { respond: 'enterprise', decision: 'accept' },
      { respond: 'provider', decision: 'decline' },
    ],
  },
];

/** Brings each demo engagement to its stage through the brokerage services; pairs that already have one are left alone. */
export async function seedEngagements(app: INestApplicationContext, coordinatorEmail: string): Promise<number> {
  const db = app.get<DataSource>(getDataSourceToken());
  const coordinator = (await app
    .get(ActorLoader)
    .load((await db.getRepository(User).findOneByOrFail({ email: coordinatorEmail })).id))!;
  let created = 0;
  for (const demo of DEMO_ENGAGEMENTS) {
    const [pair] = await db.query<{ need_id: string; organization_id: string; provider_id: string; seeded: boolean }[]>(
      `select n.id as need_id, n.organization_id, p.id as provider_id, exists (select 1 from engagements e where e.need_id = n.id and e.provider_id = p.id) as seeded
         from needs n, providers p where n.external_id = $1 and p.external_id = $2`,
      [demo.need, demo.provider],
    );
    if (!pair || pair.seeded) continue;
    const { id } = await app
      .get(IntroductionsService)
      .introduceByHand(pair.need_id, pair.provider_id, coordinator, { note: demo.note });
    const enterprise = demo.steps.length ? await enterpriseContact(app, pair.organization_id, demo.need) : coordinator;
    for (const step of demo.steps) await apply(app, id, step, coordinator, enterprise);
    created++;
  }
  return created;
}

async function apply(
  app: INestApplicationContext,
  id: string,
  step: Step,
  coordinator: Actor,
  enterprise: Actor,
): Promise<void> {
  if ('respond' in step) {
    const decline =
      step.decision === 'decline' ? { reasonCode: 'no_capacity' as const, reasonText: '本季度课题已排满' } : {};
    const answering = step.respond === 'enterprise' ? enterprise : coordinator;
    await app.get(ResponsesService).respond(id, answering, { decision: step.decision, side: step.respond, ...decline });
  } else {
    await app.get(EngagementsService).transition(id, coordinator, step);
  }
}

/** A member of the need's enterprise; an enterprise imported without one gets a demo contact account (password as the others). */
async function enterpriseContact(
  app: INestApplicationContext,
  organizationId: string,
  needExternalId: string,
): Promise<Actor> {
  const db = app.get<DataSource>(getDataSourceToken());
  const member = await db.getRepository(Membership).findOne({ where: { organizationId }, order: { createdAt: 'ASC' } });
  let userId = member?.userId;
  if (!userId) {
    const email = `contact-${needExternalId.replace(/^demo-n-/, '')}@enterprise.demo`;
    const user =
      (await db.getRepository(User).findOneBy({ email })) ??
      (await app
        .get(AuthService)
        .register({ email, password: DEMO_PASSWORD, displayName: '企业联系人 Enterprise contact' }));
    await app.get(OrganizationsService).addMember(organizationId, user.id, 'admin', null);
    userId = user.id;
  }
  return (await app.get(ActorLoader).load(userId))!;
}
