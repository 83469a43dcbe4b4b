import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Provider } from '@app/listings/entities/provider.entity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { Organization } from '../entities/organization.entity';
import { WorkstationExpert } from '../entities/workstation-expert.entity';
import { assertManages } from '../organizations/organization-rules';
import { OrganizationsService } from '../organizations/organizations.service';

export interface StationExpertView {
  providerId: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  fields: string[];
  regionCode: string | null;
  addedAt: Date;
}

/** The experts in station (进站专家) at a workstation; its managers add and remove them. */
@Injectable()
export class WorkstationExpertsService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly organizations: OrganizationsService, private readonly audit: AuditService) {}

  async list(workstationId: string): Promise<StationExpertView[]> {
    await this.workstation(workstationId);
    return this.db.query(
      `select p.id as "providerId", p.name, p.title, p.affiliation, p.fields, p.region_code as "regionCode", w.created_at as "addedAt"
         from workstation_experts w join providers p on p.id = w.provider_id
        where w.workstation_id = $1 order by w.created_at, p.name`,
      [workstationId],
    );
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
      const inserted: { id: string }[] = await m.query(
        `insert into workstation_experts (workstation_id, provider_id, added_by) values ($1, $2, $3)
         on conflict (workstation_id, provider_id) do nothing returning id`,
        [workstationId, providerId, actor.userId],
      );
      if (!inserted.length) return;
      await this.audit.record({ actorId: actor.userId, action: 'workstation.expert-added', targetType: 'organization', targetId: workstationId, after: { providerId } }, m);
    });
    return (await this.list(workstationId)).find((e) => e.providerId === providerId)!;
  }

  async remove(workstationId: string, providerId: string, actor: Actor): Promise<void> {
    const station = await this.organizations.get(workstationId);
    assertManages(actor, station);
    await this.workstation(workstationId);
    await this.db.transaction(async (m) => {
      const removed = isUUID(providerId) ? await m.delete(WorkstationExpert, { workstationId, providerId }) : { affected: 0 };
      if (!removed.affected) throw DomainError.notFound('expert');
      await this.audit.record({ actorId: actor.userId, action: 'workstation.expert-removed', targetType: 'organization', targetId: workstationId, before: { providerId } }, m);
    });
  }

  private async workstation(id: string): Promise<Organization> {
    const org = await this.organizations.get(id);
    if (org.type !== 'workstation') throw new DomainError('NOT_A_WORKSTATION');
    return org;
  }
}
