import { ApplicationsService, ChallengesService, EvaluationService } from '@app/challenges';
import { ActorLoader, User } from '@app/identity';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const DAY = 24 * 3600 * 1000;
const later = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/**
 * One open challenge (揭榜挂帅) in evaluation: 佛山市科协 raises the hydrogen fuel-cell need to a call, the enterprise
 * approves it, two experts apply, the deadline passes, and the coordinator and the enterprise have scored one proposal
 * each so the ranking shows. Left alone when the need already has a challenge.
 */
export async function seedChallenges(
  app: INestApplicationContext,
  coordinatorEmail: string,
  adminEmail: string,
): Promise<number> {
  const db = app.get<DataSource>(getDataSourceToken());
  const [need] = await db.query<{ id: string; organization_id: string; seeded: boolean }[]>(
    `select n.id, n.organization_id, exists (select 1 from challenges c where c.need_id = n.id) as seeded from needs n where n.external_id = 'demo-n-hydrogen'`,
  );
  const [member] = need
    ? await db.query<{ user_id: string }[]>(
        'select user_id from memberships where organization_id = $1 order by created_at limit 1',
        [need.organization_id],
      )
    : [];
  if (!need || need.seeded || !member) return 0;
  const actors = app.get(ActorLoader);
  const load = async (email: string) =>
    (await actors.load((await db.getRepository(User).findOneByOrFail({ email })).id))!;
  const coordinator = await load(coordinatorEmail);
  const admin = await load(adminEmail); // applies for the imported experts, who have no accounts of their own
  const enterprise = (await actors.load(member.user_id))!;

  const challenges = app.get(ChallengesService);
  const call = await challenges.raise(need.id, coordinator, {
    title: '氢燃料电池电堆启停耐久性揭榜攻关',
    callText:
      '面向全省张榜：物流车用燃料电池电堆在频繁启停工况下衰减过快。揭榜方需提出膜电极与启停控制策略改进方案，使电堆在 3 万次启停后功率衰减不超过 10%。',
    deadline: later(1),
    rewardMin: 1000000,
    rewardMax: 2000000,
    eligibleRegions: ['广东省'],
    eligibleKinds: ['expert', 'workstation'],
    minQualifications: '具有副高级以上职称，近五年主持过燃料电池相关项目',
    inviteCount: 5,
    criteria: [
      { name: '技术路线可行性', weight: 40 },
      { name: '团队与工作基础', weight: 30 },
      { name: '进度安排', weight: 10 },
      { name: '报价合理性', weight: 20 },
    ],
    milestones: [
      {
        title: '失效机理分析与改进方案',
        acceptanceCriteria: '提交启停衰减机理分析报告和改进方案，经企业技术委员会评审通过',
        dueAt: later(45),
      },
      {
        title: '改进膜电极样件验证',
        acceptanceCriteria: '第三方检测：1 万次启停后功率衰减不超过 5%',
        dueAt: later(120),
      },
      {
        title: '电堆装车验证',
        acceptanceCriteria: '装车运行 3 个月，3 万次启停后功率衰减不超过 10%',
        dueAt: later(240),
      },
    ],
  });
  await challenges.approve(call.id, enterprise);
  const providers: { id: string; external_id: string }[] = await db.query(
    `select id, external_id from providers where external_id in ('demo-p-hydrogen', 'demo-p-battery')`,
  );
  const applications = app.get(ApplicationsService);
  const schedule = [
    { milestone: 1, plannedDate: later(40).slice(0, 10) },
    { milestone: 2, plannedDate: later(110).slice(0, 10) },
    { milestone: 3, plannedDate: later(230).slice(0, 10) },
  ];
  const applied: string[] = [];
  for (const p of providers) {
    const hydrogen = p.external_id === 'demo-p-hydrogen';
    const view = await applications.apply(call.id, admin, {
      providerId: p.id,
      meetsQualifications: true,
      schedule,
      price: hydrogen ? 1800000 : 1500000,
      approach: hydrogen
        ? '以抗反极催化层和氢空启停吹扫策略为主线：先做启停工况加速衰减试验定位失效部位，再改进膜电极并优化控制策略。'
        : '从电池系统集成角度入手，通过混合储能削峰减少电堆启停次数，并配合膜电极材料改性。',
      team: hydrogen
        ? [
            { name: '罗振邦', role: '负责人', affiliation: '中国科学院广州能源研究所' },
            { name: '吴婧', role: '膜电极制备' },
            { name: '郭晨', role: '控制策略' },
          ]
        : [
            { name: '林海峰', role: '负责人', affiliation: '华南理工大学' },
            { name: '邓子轩', role: '系统集成' },
          ],
      attachments: [{ name: '技术方案书', url: 'https://files.example.org/demo/hydrogen-proposal.pdf' }],
    });
    applied.push(view.id);
  }
  // The demo shows the call after its deadline: evaluation is under way.
  await db.query(`update challenges set deadline = $2, status = 'evaluation' where id = $1`, [
    call.id,
    new Date(Date.now() - DAY),
  ]);
  const evaluation = app.get(EvaluationService);
  if (applied[0]) {
    await evaluation.score(applied[0], coordinator, {
      scores: { c1: 88, c2: 90, c3: 80, c4: 70 },
      comment: '技术路线清晰，团队基础扎实。',
    });
    await evaluation.score(applied[0], enterprise, {
      scores: { c1: 85, c2: 85, c3: 85, c4: 65 },
      comment: '报价偏高，可再商议。',
    });
  }
  if (applied[1]) await evaluation.score(applied[1], coordinator, { scores: { c1: 70, c2: 75, c3: 80, c4: 85 } });
  return 1;
}
