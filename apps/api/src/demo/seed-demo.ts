import { ActorLoader, AuthService, Organization, OrganizationsService, User } from '@app/identity';
import { validateEnvironment } from '@app/config';
import { ImportService } from '@app/listings';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { seedReviewNeeds } from './seed-review-needs';
import { seedOrganizations } from './seed-organizations';
import { seedEngagements } from './seed-engagements';
import { seedEvents } from './seed-events';
import { seedChallenges } from './seed-challenges';
import {
  DEMO_ASSOCIATIONS,
  DEMO_CAPABILITIES,
  DEMO_ENTERPRISES,
  DEMO_NEEDS,
  DEMO_PASSWORD,
  DEMO_PROVIDERS,
  withDemoContact,
} from './demo-data';

/** Loads the demo organisations, accounts and listings. Safe to run again: everything is found or imported by id. */
export async function seedDemoData(): Promise<void> {
  // The demo accounts share a published password (and include a platform admin): never on a production database.
  if (validateEnvironment(process.env).NODE_ENV === 'production') {
    throw new Error('Refusing to load the demo data with NODE_ENV=production: its accounts share a published password');
  }
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const db = app.get<DataSource>(getDataSourceToken());
    const auth = app.get(AuthService);
    const orgs = app.get(OrganizationsService);
    const actors = app.get(ActorLoader);
    const imports = app.get(ImportService);

    const user = async (email: string, displayName: string, isPlatformAdmin = false) => {
      const found = await db.getRepository(User).findOneBy({ email });
      if (found) return found;
      const created = await auth.register({ email, password: DEMO_PASSWORD, displayName });
      if (isPlatformAdmin) await db.getRepository(User).update({ id: created.id }, { isPlatformAdmin: true });
      return created;
    };
    const organization = async (externalId: string, values: Partial<Organization>) => {
      const found = await db.getRepository(Organization).findOneBy({ externalId });
      return (
        found ?? db.getRepository(Organization).save(db.getRepository(Organization).create({ ...values, externalId }))
      );
    };

    const admin = await user('admin@platform.demo', '平台管理员 Platform admin', true);
    for (const a of DEMO_ASSOCIATIONS) {
      const org = await organization(`demo-org-${a.key}`, {
        type: 'association',
        name: a.name,
        regionCode: a.region,
        jurisdictionRegionCode: a.region,
      });
      const coordinator = await user(a.coordinator.email, a.coordinator.name);
      await orgs.addMember(org.id, coordinator.id, 'admin', await actors.load(admin.id));
    }
    const enterpriseIds: Record<string, string> = {};
    for (const e of DEMO_ENTERPRISES) {
      const org = await organization(`demo-org-${e.key}`, { type: 'enterprise', name: e.name, regionCode: e.region });
      enterpriseIds[e.key] = org.id;
      const member = await user(e.member.email, e.member.name);
      await orgs.addMember(org.id, member.id, 'admin', await actors.load(admin.id));
    }

    const coordinator = await db.getRepository(User).findOneByOrFail({ email: DEMO_ASSOCIATIONS[0].coordinator.email });
    const actor = (await actors.load(coordinator.id))!;
    const reports = [
      await imports.importProviders(
        DEMO_PROVIDERS.map((p, i) => withDemoContact({ ...p }, i)),
        actor,
        'en',
      ),
      await imports.importCapabilities(
        DEMO_CAPABILITIES.map((c) => ({ ...c })),
        actor,
        'en',
      ),
      // The demo enterprises registered themselves: imports name them by id (never by name).
      await imports.importNeeds(
        DEMO_NEEDS.map(({ enterprise, ...n }: { enterprise?: string; organizationName?: string }) =>
          enterprise ? { ...n, organizationId: enterpriseIds[enterprise] } : n,
        ),
        actor,
        'en',
      ),
    ];
    const failed = reports.flatMap((r) => r.failed);
    if (failed.length) throw new Error(`demo data did not import: ${JSON.stringify(failed)}`);
    const drafted = await seedReviewNeeds(app);
    if (drafted) console.log(`Demo needs written by enterprises: ${drafted} (in review or draft)`);
    console.log(`Demo organisations: ${await seedOrganizations(app)}`);
    console.log(`Demo engagements created: ${await seedEngagements(app, DEMO_ASSOCIATIONS[0].coordinator.email)}`);
    console.log(`Demo matchmaking event: ${await seedEvents(app)}`);
    console.log(
      `Demo challenges in evaluation: ${await seedChallenges(app, DEMO_ASSOCIATIONS[1].coordinator.email, 'admin@platform.demo')}`,
    );
    console.log(
      `Demo data ready: ${reports.map((r) => `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`).join(' | ')}`,
    );
  } finally {
    await app.close();
  }
}
