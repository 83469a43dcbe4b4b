import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { AccessPolicy, Actor, IdentityReads } from '@app/identity';
import { Need, ListingsReads } from '@app/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { conflictsBetween, ConflictReason, EnterpriseRelation, ProviderRelation, Tie } from './conflict-rules';
import { PairConflictDto } from './dto/conflicts.dto';
import { ConflictDeclaration } from './entities/conflict-declaration.entity';
import { ConflictOverride } from './entities/conflict-override.entity';

export type { ConflictReason } from './conflict-rules';

/** The coordinator's view of a flagged candidate; never given to either side. */
export interface CandidateConflict {
  reasons: ConflictReason[];
  override: { reason: string; createdBy: string; createdAt: Date } | null;
}

const inChargeOf = (actor: Actor, need: Pick<Need, 'regionCode' | 'stewardOrganizationId'>) =>
  actor.isAdmin ||
  AccessPolicy.coordinates(actor, need.regionCode) ||
  AccessPolicy.memberOf(actor, need.stewardOrganizationId);

/**
 * Conflict-of-interest screening of a need's candidates against what the enterprise and the providers declared, and
 * the coordinators' overrides. Brokerage asks it before every introduction; the match list asks it to flag candidates.
 */
@Injectable()
export class ConflictScreen {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The conflicts of each provider with the need's enterprise (providers without one are left out). */
  async screen(
    m: EntityManager,
    need: Pick<Need, 'id' | 'organizationId'>,
    providerIds: string[],
  ): Promise<Map<string, CandidateConflict>> {
    const found = new Map<string, CandidateConflict>();
    if (!providerIds.length) return found;
    const [enterprise, providers] = await Promise.all([
      this.enterpriseTies(m, need.organizationId),
      this.providerTies(m, providerIds),
    ]);
    for (const [providerId, ties] of providers) {
      const reasons = conflictsBetween(ties, enterprise);
      if (reasons.length) found.set(providerId, { reasons, override: null });
    }
    if (!found.size) return found;
    const overrides = await m.findBy(ConflictOverride, { needId: need.id, providerId: In([...found.keys()]) });
    for (const o of overrides)
      found.get(o.providerId)!.override = { reason: o.reason, createdBy: o.createdBy, createdAt: o.createdAt };
    return found;
  }

  /** 409 CONFLICT_OF_INTEREST (reasons in details, for the coordinator) unless the pair is clear or overridden. */
  async assertIntroducible(
    m: EntityManager,
    need: Pick<Need, 'id' | 'organizationId'>,
    providerId: string,
  ): Promise<void> {
    const conflict = (await this.screen(m, need, [providerId])).get(providerId);
    if (conflict && !conflict.override) {
      throw new DomainError('CONFLICT_OF_INTEREST', { count: conflict.reasons.length }, [], {
        providerId,
        reasons: conflict.reasons,
      });
    }
  }

  /** Adds `conflict` to the flagged items of a need's match list when the reader is a coordinator in charge; others get the list unchanged. */
  async flagMatches<T extends { providerId: string }>(
    actor: Actor,
    needId: string,
    list: { status: string; items: T[] },
  ) {
    const need = isUUID(needId) ? await ListingsReads.need(this.db.manager, needId) : null;
    if (!need || !inChargeOf(actor, need)) return list;
    const flagged = await this.screen(
      this.db.manager,
      need,
      list.items.map((i) => i.providerId),
    );
    return {
      ...list,
      items: list.items.map((i) => (flagged.has(i.providerId) ? { ...i, conflict: flagged.get(i.providerId)! } : i)),
    };
  }

  async pair(actor: Actor, needId: string, providerId: string): Promise<PairConflictDto> {
    const need = await this.needInCharge(this.db.manager, actor, needId);
    await this.assertProvider(this.db.manager, providerId);
    return this.pairView(need, providerId, (await this.screen(this.db.manager, need, [providerId])).get(providerId));
  }

  /** Lets a flagged pair be introduced, for the reason given; audited with the conflicts it overrides. */
  async override(actor: Actor, needId: string, providerId: string, reason: string): Promise<PairConflictDto> {
    return this.db.transaction(async (m) => {
      const need = await this.needInCharge(m, actor, needId);
      await this.assertProvider(m, providerId);
      const conflict = (await this.screen(m, need, [providerId])).get(providerId);
      await m.query(
        `insert into conflict_overrides (need_id, provider_id, reason, created_by) values ($1, $2, $3, $4)
         on conflict (need_id, provider_id) do update set reason = excluded.reason, created_by = excluded.created_by, updated_at = now()`,
        [need.id, providerId, reason, actor.userId],
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'conflict.overridden',
          targetType: 'need',
          targetId: need.id,
          before: conflict?.override ? { reason: conflict.override.reason } : null,
          after: { providerId, reason, reasons: conflict?.reasons ?? [] },
        },
        m,
      );
      return this.pairView(need, providerId, (await this.screen(m, need, [providerId])).get(providerId));
    });
  }

  private pairView(need: Need, providerId: string, conflict: CandidateConflict | undefined): PairConflictDto {
    return {
      needId: need.id,
      providerId,
      flagged: !!conflict,
      reasons: conflict?.reasons ?? [],
      override: conflict?.override ?? null,
      introducible: !conflict || !!conflict.override,
    };
  }

  private async needInCharge(m: EntityManager, actor: Actor, needId: string): Promise<Need> {
    const need = isUUID(needId) ? await ListingsReads.need(m, needId) : null;
    if (!need) throw DomainError.notFound('need');
    if (!inChargeOf(actor, need)) throw DomainError.forbidden();
    return need;
  }

  private async assertProvider(m: EntityManager, providerId: string): Promise<void> {
    const found = isUUID(providerId) ? await ListingsReads.provider(m, providerId) : null;
    if (!found) throw DomainError.notFound('provider');
  }

  private async enterpriseTies(m: EntityManager, organizationId: string): Promise<Tie<EnterpriseRelation>[]> {
    const name = await IdentityReads.organizationName(m, organizationId);
    const declared = await m.findBy(ConflictDeclaration, { ownerType: 'organization', ownerId: organizationId });
    const identity = declared.find((d) => d.relation === 'identity');
    const self: Tie<EnterpriseRelation>[] =
      name !== null
        ? [
            {
              relation: 'self',
              ref: { name, aliases: identity?.aliases ?? [], creditCode: identity?.creditCode ?? null },
            },
          ]
        : [];
    const listed = declared
      .filter((d) => d.relation === 'competitor' || d.relation === 'avoid')
      .map((d) => ({
        relation: d.relation as EnterpriseRelation,
        ref: { name: d.name!, aliases: d.aliases, creditCode: d.creditCode },
      }));
    return [...self, ...listed];
  }

  private async providerTies(m: EntityManager, providerIds: string[]): Promise<Map<string, Tie<ProviderRelation>[]>> {
    const rows = await ListingsReads.providerAffiliations(m, providerIds);
    const ties = new Map<string, Tie<ProviderRelation>[]>(
      rows.map((r) => [
        r.id,
        r.affiliation?.trim() ? [{ relation: 'profile_affiliation', ref: { name: r.affiliation } }] : [],
      ]),
    );
    const declared = await m.findBy(ConflictDeclaration, { ownerType: 'provider', ownerId: In(providerIds) });
    for (const d of declared)
      ties.get(d.ownerId)?.push({
        relation: d.relation as ProviderRelation,
        ref: { name: d.name!, aliases: d.aliases, creditCode: d.creditCode },
      });
    return ties;
  }
}
