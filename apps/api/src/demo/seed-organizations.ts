import { ActorLoader, AuthService, Organization, OrganizationsService, User } from '@app/identity';
import { ImportService, Provider, WorkstationExpert } from '@app/listings';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEMO_ASSOCIATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_STATION_EXPERTS,
  withDemoContact,
} from './demo-data';

/**
 * Societies, workstations with their hosts and experts in station, a university and an expert account. Runs after the
 * listings import (the providers it links must exist). Idempotent: organisations by external id, links by key.
 */
export async function seedOrganizations(app: INestApplicationContext): Promise<string> {
  const db = app.get<DataSource>(getDataSourceToken());
  const orgs = app.get(OrganizationsService);
  const users = db.getRepository(User);
  const providers = db.getRepository(Provider);

  const user = async (email: string, displayName: string) =>
    (await users.findOneBy({ email })) ??
    (await app.get(AuthService).register({ email, password: DEMO_PASSWORD, displayName }));
  const organization = async (key: string, values: Partial<Organization>) => {
    const repo = db.getRepository(Organization);
    return (
      (await repo.findOneBy({ externalId: `demo-org-${key}` })) ??
      (await repo.save(repo.create({ ...values, externalId: `demo-org-${key}` })))
    );
  };
  const providerId = async (externalId: string) => (await providers.findOneByOrFail({ externalId })).id;

  const coordinator = await users.findOneByOrFail({ email: DEMO_ASSOCIATIONS[0].coordinator.email });
  const importer = (await app.get(ActorLoader).load(coordinator.id))!;
  const report = await app.get(ImportService).importProviders(
    DEMO_STATION_EXPERTS.map((p, i) => withDemoContact({ ...p }, 100 + i)),
    importer,
    'en',
  );
  if (report.failed.length) throw new Error(`demo experts did not import: ${JSON.stringify(report.failed)}`);

  const hosts = new Map<string, { org: Organization; owner: User | null }>();
  for (const e of DEMO_ORGANIZATIONS.enterprises) {
    const org = await organization(e.key, { type: 'enterprise', name: e.name, regionCode: e.region });
    const owner = await user(e.member.email, e.member.name);
    await orgs.addMember(org.id, owner.id, 'admin', null);
    hosts.set(e.key, { org, owner });
  }
  const hydrogen = DEMO_ORGANIZATIONS.hydrogenEnterprise;
  hosts.set('hydrogen', {
    org: await orgs.findOrCreateEnterprise(hydrogen.name, hydrogen.region, null, db.manager),
    owner: null,
  });

  for (const s of DEMO_ORGANIZATIONS.societies) {
    const org = await organization(s.key, { type: 'society', name: s.name, regionCode: s.region });
    await orgs.addMember(org.id, (await user(s.admin.email, s.admin.name)).id, 'admin', null);
    if (s.provider) await providers.update({ externalId: s.provider }, { organizationId: org.id });
  }

  for (const w of DEMO_ORGANIZATIONS.workstations) {
    const host = hosts.get(w.host)!;
    const org = await organization(w.key, {
      type: 'workstation',
      workstationKind: w.kind,
      name: w.name,
      regionCode: w.region,
      hostOrganizationId: host.org.id,
    });
    if (host.owner) await orgs.addMember(org.id, host.owner.id, 'admin', null);
    if (w.provider) await providers.update({ externalId: w.provider }, { organizationId: org.id });
    const expertIds = await Promise.all(w.experts.map(providerId));
    await db
      .createQueryBuilder()
      .insert()
      .into(WorkstationExpert)
      .values(
        expertIds.map((id) => ({ workstationId: org.id, providerId: id, addedBy: null, consentedAt: new Date() })),
      )
      .orIgnore()
      .execute(); // the demo experts agreed
  }

  const u = DEMO_ORGANIZATIONS.university;
  const university = await organization(u.key, { type: 'university', name: u.name, regionCode: u.region });
  const expert = await user(u.expert.email, u.expert.name);
  await orgs.addMember(university.id, expert.id, 'member', null);
  await providers.update({ externalId: u.expert.provider }, { userId: expert.id });
  return `${DEMO_ORGANIZATIONS.societies.length} societies, ${DEMO_ORGANIZATIONS.workstations.length} workstations, 1 university, expert account ${u.expert.email}`;
}
