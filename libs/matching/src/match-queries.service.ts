import { DomainError } from '@app/common';
import { Actor, AccessPolicy } from '@app/identity';
import { Need, Provider } from '@app/listings';
import { Injectable } from '@nestjs/common';
import { ReadReplica } from '@app/database';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { MatchRun, MatchSubject } from './entities/match-run.entity';
import { regionProximity } from '@app/reference';
import { tailReasons } from './ranker/match-ranker';
import { MatchReasons } from './ranker/match-reasons';

export interface NeedMatchItem {
  providerType: string;
  providerId: string;
  externalId: string | null;
  name: string;
  score: number;
  capabilityId: string | null;
  reasons: MatchReasons;
}

export interface ProviderMatchItem {
  needId: string;
  externalId: string | null;
  title: string;
  score: number;
  reasons: MatchReasons;
}

export interface MatchList<T> {
  status: 'pending' | 'ready';
  revision: number;
  algorithmVersion: string | null;
  items: T[];
}

/**
 * Reads ranked matches for whoever may see them: the owner, the coordinators in charge, and admins. Lists may be a
 * moment old, so they are read from the replica when there is one.
 */
@Injectable()
export class MatchQueriesService {
  constructor(private readonly reads: ReadReplica) {}

  forNeed(needId: string, limit: number, actor: Actor): Promise<MatchList<NeedMatchItem>> {
    if (!isUUID(needId)) throw DomainError.notFound('need');
    return this.reads.read((db) => this.needList(db, needId, limit, actor));
  }

  forProvider(providerId: string, limit: number, actor: Actor): Promise<MatchList<ProviderMatchItem>> {
    if (!isUUID(providerId)) throw DomainError.notFound('provider');
    return this.reads.read((db) => this.providerList(db, providerId, limit, actor));
  }

  private async needList(db: DataSource, needId: string, limit: number, actor: Actor) {
    const need = await db.getRepository(Need).findOne({
      where: { id: needId },
      select: { id: true, organizationId: true, regionCode: true, revision: true, stewardOrganizationId: true },
    });
    if (!need) throw DomainError.notFound('need');
    const allowed =
      AccessPolicy.canReadPrivate(actor, need) || AccessPolicy.memberOf(actor, need.stewardOrganizationId);
    if (!allowed) throw DomainError.forbidden();
    // The explained head (rows) and the tail (ids and scores), merged by score; a pair in both is shown from its row.
    const rows: (NeedMatchItem & { regionCode: string | null; available: boolean })[] = await db.query(
      `with head as (
         select provider_id, score, capability_id, reasons from matches where need_id = $1 order by score desc, provider_id limit $2
       ), tail as (
         select t.provider_id, t.score from match_list_tails l, unnest(l.provider_ids, l.scores) with ordinality as t(provider_id, score, rank)
          where l.need_id = $1 and t.rank <= $2 and not exists (select 1 from head h where h.provider_id = t.provider_id)
       )
       select p.kind as "providerType", x.provider_id as "providerId", p.external_id as "externalId", p.name, x.score,
              x.capability_id as "capabilityId", x.reasons, p.region_code as "regionCode", p.available
         from (select * from head union all select provider_id, score, null, null from tail) x join providers p on p.id = x.provider_id
        order by x.score desc, x.provider_id limit $2`,
      [needId, limit],
    );
    const items = rows.map(({ regionCode, available, ...item }) => ({
      ...item,
      reasons: item.reasons ?? tailReasons(item.score, regionProximity(need.regionCode, regionCode), available),
    }));
    return { ...(await this.runState(db, 'need', needId, need.revision)), items };
  }

  private async providerList(db: DataSource, providerId: string, limit: number, actor: Actor) {
    const provider = await db.getRepository(Provider).findOne({
      where: { id: providerId },
      select: {
        id: true,
        organizationId: true,
        userId: true,
        regionCode: true,
        revision: true,
        stewardOrganizationId: true,
      },
    });
    if (!provider) throw DomainError.notFound('provider');
    const allowed =
      actor.userId === provider.userId ||
      AccessPolicy.canReadPrivate(actor, provider) ||
      AccessPolicy.memberOf(actor, provider.stewardOrganizationId);
    if (!allowed) throw DomainError.forbidden();
    const items: ProviderMatchItem[] = await db.query(
      `select m.need_id as "needId", n.external_id as "externalId", n.title, m.score, m.reasons
         from matches m join needs n on n.id = m.need_id
        where m.provider_id = $1 and n.status = 'published' order by m.score desc, m.need_id limit $2`,
      [providerId, limit],
    );
    return { ...(await this.runState(db, 'provider', providerId, provider.revision)), items };
  }

  private async runState(db: DataSource, subjectType: MatchSubject, subjectId: string, revision: number) {
    const run = await db.getRepository(MatchRun).findOneBy({ subjectType, subjectId });
    const ready = run?.status === 'ready' && run.revision === revision;
    return {
      status: ready ? ('ready' as const) : ('pending' as const),
      revision,
      algorithmVersion: run?.algorithmVersion ?? null,
    };
  }
}
