import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { AccessPolicy, Actor, assertManages, Organization, OrganizationsService } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { Provider } from '../entities/provider.entity';
import { WorkstationExpert } from '../entities/workstation-expert.entity';

export interface StationExpertView {
  providerId: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  fields: string[];
  regionCode: string | null;
  addedAt: Date;
  /** awaiting_consent entries are shown to the workstation's managers only. */
  status: 'in_station' | 'awaiting_consent';
}

/**
 * The experts in station (进站专家) at a workstation; its managers add and remove them, and an expert with an account is
 * listed only once they consent (an expert adding themselves consents by doing so). Experts without an account stay
 * awaiting consent.
 */
@Injectable()
export class WorkstationExpertsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async list(workstationId: string, actor: Actor | null): Promise<StationExpertView[]> {
    const station = await this.workstation(workstationId);
    const rows: StationExpertView[] = await this.db.query(
      `select p.id as "providerId", p.name, p.title, p.affiliation, p.fields, p.region_code as "regionCode", w.created_at as "addedAt",
              case when w.consented_at is null then 'awaiting_consent' else 'in_station' end as status
         from workstation_experts w join providers p on p.id = w.provider_id
        where w.workstation_id = $1 order by w.created_at, p.name`,
      [workstationId],
    );
    return AccessPolicy.managesOrganization(actor, station) ? rows : rows.filter((r) => r.status === 'in_station');
  }

  /** Adding an expert already in station changes nothing. */
  async add(workstationId: string, providerId: string, actor: Actor): Promise<StationExpertView> {
    const station = await this.organizations.get(workstationId);
    assertManages(actor, station);
    await this.workstation(workstationId);
    const provider = isUUID(providerId) ? await this.db.getRepository(Provider).findOneBy({ id: providerId }) : null;
    if (!provider) throw DomainError.notFound('provider');
    if (provider.kind !== 'expert') throw DomainError.validation([{ field: 'providerId', constraint: 'isExpert' }]);
    await this.db.transaction(async (m) => {
      const consentedAt = provider.userId === actor.userId ? new Date() : null;
      const inserted: { id: string }[] = await m.query(
        `insert into workstation_experts (workstation_id, provider_id, added_by, consented_at) values ($1, $2, $3, $4)
         on conflict (workstation_id, provider_id) do nothing returning id`,
        [workstationId, providerId, actor.userId, consentedAt],
      );
      if (!inserted.length) return;
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'workstation.expert-added',
          targetType: 'organization',
          targetId: workstationId,
          after: { providerId, awaitingConsent: !consentedAt },
        },
        m,
      );
    });
    return (await this.list(workstationId, actor)).find((e) => e.providerId === providerId)!;
  }

  /** The expert (the account their profile belongs to) agrees to be listed in station. Consenting again changes nothing. */
  async consent(workstationId: string, providerId: string, actor: Actor): Promise<StationExpertView> {
    await this.workstation(workstationId);
    const provider = isUUID(providerId) ? await this.db.getRepository(Provider).findOneBy({ id: providerId }) : null;
    const entry = provider
      ? await this.db.getRepository(WorkstationExpert).findOneBy({ workstationId, providerId })
      : null;
    if (!provider || !entry) throw DomainError.notFound('expert');
    if (provider.userId !== actor.userId) throw DomainError.forbidden();
    if (!entry.consentedAt) {
      await this.db.transaction(async (m) => {
        await m.update(WorkstationExpert, { id: entry.id }, { consentedAt: new Date() });
        await this.audit.record(
          {
            actorId: actor.userId,
            action: 'workstation.expert-consented',
            targetType: 'organization',
            targetId: workstationId,
            after: { providerId },
          },
          m,
        );
      });
    }
    const [view] = (await this.list(workstationId, null)).filter((e) => e.providerId === providerId);
    return view;
  }

  async remove(workstationId: string, providerId: string, actor: Actor): Promise<void> {
    const station = await this.organizations.get(workstationId);
    assertManages(actor, station);
    await this.workstation(workstationId);
    await this.db.transaction(async (m) => {
      const removed = isUUID(providerId)
        ? await m.delete(WorkstationExpert, { workstationId, providerId })
        : { affected: 0 };
      if (!removed.affected) throw DomainError.notFound('expert');
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'workstation.expert-removed',
          targetType: 'organization',
          targetId: workstationId,
          before: { providerId },
        },
        m,
      );
    });
  }

  private async workstation(id: string): Promise<Organization> {
    const org = await this.organizations.get(id);
    if (org.type !== 'workstation') throw new DomainError('NOT_A_WORKSTATION');
    return org;
  }
}
