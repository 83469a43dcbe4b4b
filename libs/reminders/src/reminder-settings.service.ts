import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { AccessPolicy, Actor, IdentityReads } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { ReminderSettings } from './entities/reminder-settings.entity';
import { DEFAULT_REMINDER_PERIODS, ReminderPeriods, withDefaults } from './reminder-periods';

export interface ReminderSettingsView {
  organizationId: string;
  periods: ReminderPeriods;
  /** The periods this association has set itself; the rest are the defaults. */
  overrides: Partial<ReminderPeriods>;
  defaults: ReminderPeriods;
}

/** Reminder periods per association (科协), with platform defaults. Changes apply to reminders scheduled afterwards. */
@Injectable()
export class ReminderSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async periodsFor(associationId: string | null, manager: EntityManager = this.db.manager): Promise<ReminderPeriods> {
    if (!associationId) return withDefaults(null);
    const found = await manager.findOneBy(ReminderSettings, { organizationId: associationId });
    return withDefaults(found?.periods);
  }

  async get(organizationId: string, actor: Actor): Promise<ReminderSettingsView> {
    await this.assertManages(organizationId, actor);
    const found = await this.db.getRepository(ReminderSettings).findOneBy({ organizationId });
    return this.view(organizationId, found?.periods ?? {});
  }

  async update(organizationId: string, actor: Actor, changes: Partial<ReminderPeriods>): Promise<ReminderSettingsView> {
    await this.assertManages(organizationId, actor);
    const known = Object.keys(DEFAULT_REMINDER_PERIODS);
    const clean = Object.fromEntries(
      Object.entries(changes).filter(([k, v]) => known.includes(k) && v !== undefined),
    ) as Partial<ReminderPeriods>;
    return this.db.transaction(async (m) => {
      const found = await m.findOneBy(ReminderSettings, { organizationId });
      const periods = { ...(found?.periods ?? {}), ...clean };
      await m
        .createQueryBuilder()
        .insert()
        .into(ReminderSettings)
        .values({ organizationId, periods, updatedBy: actor.userId })
        .orUpdate(['periods', 'updated_by', 'updated_at'], ['organization_id'])
        .execute();
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'reminder-settings.updated',
          targetType: 'organization',
          targetId: organizationId,
          before: found?.periods ?? {},
          after: periods,
        },
        m,
      );
      return this.view(organizationId, periods);
    });
  }

  private view(organizationId: string, overrides: Partial<ReminderPeriods>): ReminderSettingsView {
    return { organizationId, periods: withDefaults(overrides), overrides, defaults: withDefaults(null) };
  }

  /** Members of the association itself, and platform admins. */
  private async assertManages(organizationId: string, actor: Actor): Promise<void> {
    if (!isUUID(organizationId)) throw DomainError.notFound('organization');
    if ((await IdentityReads.organizationType(this.db.manager, organizationId)) !== 'association')
      throw DomainError.notFound('organization');
    if (!actor.isAdmin && !AccessPolicy.memberOf(actor, organizationId)) throw DomainError.forbidden();
  }
}
