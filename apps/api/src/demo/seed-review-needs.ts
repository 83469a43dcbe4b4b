import { ActorLoader, Organization, User } from '@app/identity';
import { Need, NeedsService } from '@app/listings';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEMO_ENTERPRISES, DEMO_REVIEW_NEEDS } from './demo-data';

/** The demo enterprises' own needs, written and submitted through the lifecycle as their members would. Idempotent by title. */
export async function seedReviewNeeds(app: INestApplicationContext): Promise<number> {
  const db = app.get<DataSource>(getDataSourceToken());
  const needs = app.get(NeedsService);
  let created = 0;
  for (const { enterprise, submit, ...input } of DEMO_REVIEW_NEEDS) {
    const owner = DEMO_ENTERPRISES.find((e) => e.key === enterprise)!;
    const organization = await db.getRepository(Organization).findOneByOrFail({ externalId: `demo-org-${enterprise}` });
    if (await db.getRepository(Need).existsBy({ organizationId: organization.id, title: input.title })) continue;
    const user = await db.getRepository(User).findOneByOrFail({ email: owner.member.email });
    const actor = (await app.get(ActorLoader).load(user.id))!;
    const need = await needs.create(
      {
        ...input,
        fields: [...input.fields],
        keywords: [...input.keywords],
        cooperationModes: [...input.cooperationModes],
        organizationId: organization.id,
      },
      actor,
    );
    if (submit) await needs.act(need.id, 'submit', actor);
    created++;
  }
  return created;
}
