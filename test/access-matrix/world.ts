import { Actor, ActorLoader, ConciergeService, OrganizationsService } from '@app/identity';
import { Capability, ImportService, Need, Provider } from '@app/listings';
import { recordIndexChanges, SearchSyncService } from '@app/search';
import { TestStack } from '../support/stack';
import { MatrixAccount, MatrixRecords, MatrixWorld } from './types';

/** The two symmetric sides of the world: an enterprise, a workstation and a city association each in 佛山 and 茂名. */
const SIDES = {
  own: {
    city: '440600',
    county: '440605',
    memberEmail: 'member@foshan.matrix.test',
    coordinatorEmail: 'coordinator@fsast.matrix.test',
    enterprise: '佛山市南海区矩阵精密机械有限公司',
    association: '佛山市科学技术协会（矩阵测试）',
    workstation: '矩阵精密机械院士专家工作站',
    concierge: '佛山市南海区矩阵代建企业',
    tag: 'fs',
  },
  foreign: {
    city: '440900',
    county: '440904',
    memberEmail: 'member@maoming.matrix.test',
    coordinatorEmail: 'coordinator@mmast.matrix.test',
    enterprise: '茂名市电白区矩阵水产养殖有限公司',
    association: '茂名市科学技术协会（矩阵测试）',
    workstation: '矩阵水产科技专家工作站',
    concierge: '茂名市电白区矩阵代建合作社',
    tag: 'mm',
  },
} as const;

const account = (s: { user: { id: string; email: string | null }; token: string }): MatrixAccount => ({
  userId: s.user.id,
  email: s.user.email!,
  token: s.token,
});

/** Builds the accounts and records of the matrix through the services and the import API, as users would. */
export async function buildWorld(stack: TestStack, runTag: string): Promise<MatrixWorld> {
  const admin = await stack.user('admin@platform.matrix.test', { admin: true });
  const [own, foreign] = await Promise.all([
    buildSide(stack, SIDES.own, admin.actor, runTag),
    buildSide(stack, SIDES.foreign, admin.actor, runTag),
  ]);
  const sides = { own, foreign };
  await stack.api.get(SearchSyncService).drain(); // indexes the drafts, as the worker's search-sync job would
  return {
    stack,
    accounts: {
      member: sides.own.member,
      otherMember: sides.foreign.member,
      coordinator: sides.own.coordinator,
      foreignCoordinator: sides.foreign.coordinator,
      admin: account(admin),
    },
    records: { own: sides.own.records, foreign: sides.foreign.records },
    regions: {
      own: { city: SIDES.own.city, county: SIDES.own.county },
      foreign: { city: SIDES.foreign.city, county: SIDES.foreign.county },
    },
  };
}

async function buildSide(
  stack: TestStack,
  side: (typeof SIDES)[keyof typeof SIDES],
  adminActor: Actor,
  runTag: string,
) {
  const organizations = stack.api.get(OrganizationsService);
  const member = await stack.user(side.memberEmail, {
    organization: { type: 'enterprise', name: side.enterprise, regionCode: side.county },
    role: 'admin',
  });
  const coordinator = await stack.coordinator(side.coordinatorEmail, side.association, side.city);
  const enterpriseId = member.organization!.id;
  const workstation = await organizations.create(
    {
      type: 'workstation',
      workstationKind: 'academician',
      name: side.workstation,
      region: side.county,
      hostOrganizationId: enterpriseId,
    },
    member.actor,
    { onBehalf: false },
  );
  const concierge = await stack.api
    .get(ConciergeService)
    .createOrganization({ type: 'enterprise', name: side.concierge, region: side.county }, coordinator.actor);

  const imports = stack.api.get(ImportService);
  const providers = await imports.importProviders(
    [
      {
        externalId: `${runTag}-${side.tag}-station`,
        kind: 'workstation',
        name: side.workstation,
        region: side.county,
        keywords: ['矩阵测试'],
      },
      {
        externalId: `${runTag}-${side.tag}-expert`,
        kind: 'expert',
        name: `矩阵专家${side.tag}`,
        title: '研究员',
        region: side.city,
        keywords: ['矩阵测试'],
        contactEmail: `expert-${side.tag}@matrix.test`,
      },
    ],
    adminActor,
    'zh-CN',
  );
  const needs = await imports.importNeeds(
    [
      {
        externalId: `${runTag}-${side.tag}-need`,
        title: `矩阵已发布需求 ${side.tag}`,
        description: '用于访问矩阵测试的已发布需求。',
        region: side.county,
        organizationId: enterpriseId,
      },
    ],
    adminActor,
    'zh-CN',
  );
  const stationProviderId = providers.ids[`${runTag}-${side.tag}-station`];
  await stack.db.getRepository(Provider).update({ id: stationProviderId }, { organizationId: workstation.id });

  // Drafts are written the way the listings service writes them: the row and its outbox entry in one transaction.
  const { need, capability } = await stack.db.transaction(async (m) => {
    const draftNeed = await m.save(
      m.create(Need, {
        organizationId: enterpriseId,
        status: 'draft',
        title: `矩阵草稿需求 ${runTag} ${side.tag}`,
        description: '尚未提交审核的需求草稿。',
        regionCode: side.county,
        createdBy: member.user.id,
      }),
    );
    const draftCapability = await m.save(
      m.create(Capability, {
        providerId: stationProviderId,
        status: 'draft',
        title: `矩阵草稿能力 ${side.tag}`,
        description: '尚未提交审核的科技所能草稿。',
        regionCodes: [side.county],
      }),
    );
    await recordIndexChanges(m, 'need', [draftNeed.id]);
    await recordIndexChanges(m, 'capability', [draftCapability.id]);
    return { need: draftNeed.id, capability: draftCapability.id };
  });

  const records: MatrixRecords = {
    organization: enterpriseId,
    workstation: workstation.id,
    conciergeOrganization: concierge.id,
    association: coordinator.organization!.id,
    need,
    publishedNeed: needs.ids[`${runTag}-${side.tag}-need`],
    provider: stationProviderId,
    expert: providers.ids[`${runTag}-${side.tag}-expert`],
    capability,
  };
  return { member: account(member), coordinator: account(coordinator), records };
}

export const loadActor = async (world: MatrixWorld, userId: string) =>
  (await world.stack.api.get(ActorLoader).load(userId))!;
