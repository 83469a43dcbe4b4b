import { Clock, DomainError } from '@app/common';
import { Environment } from '@app/config';
import type { Actor } from '@app/identity';
import { IdentityReads } from '@app/identity';
import { parseCooperationMode, ListingsReads } from '@app/listings';
import { findRegion, resolveField } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  CreateSavedSearchBody,
  SavedSearchDto,
  SavedSearchListDto,
  UnsubscribedDto,
  UpdateSavedSearchBody,
} from './dto/saved-search.dto';
import { SavedSearch } from './entities/saved-search.entity';
import { verifyUnsubscribeToken } from './unsubscribe-token';

/** A user may keep this many saved searches. */
export const MAX_SAVED_SEARCHES = 50;
const DEFAULT_MIN_SCORE = 60;

/** A user's saved searches: only their owner sees, changes or deletes one (anyone else gets 404, admins included). */
@Injectable()
export class SavedSearches {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly env: Environment,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<SavedSearchListDto> {
    const rows = await this.db
      .getRepository(SavedSearch)
      .find({ where: { userId: actor.userId }, order: { createdAt: 'ASC' } });
    return { items: await this.withCounts(rows) };
  }

  async create(actor: Actor, body: CreateSavedSearchBody): Promise<SavedSearchDto> {
    const facets = await this.facets(actor, body);
    return this.db.transaction(async (manager) => {
      // Serialises one user's creations, so the limit holds.
      await IdentityReads.lockUser(manager, actor.userId);
      const [{ count }] = await manager.query<{ count: number }[]>(
        `select count(*)::int as count from saved_searches where user_id = $1`,
        [actor.userId],
      );
      if (count >= MAX_SAVED_SEARCHES)
        throw new DomainError('CONFLICT', { detail: `at most ${MAX_SAVED_SEARCHES} saved searches` });
      const repo = manager.getRepository(SavedSearch);
      const saved = await repo.save(
        repo.create({
          userId: actor.userId,
          name: body.name.trim(),
          kind: body.kind,
          frequency: body.frequency ?? 'daily',
          ...facets,
        }),
      );
      return (await this.withCounts([saved]))[0];
    });
  }

  async update(actor: Actor, id: string, body: UpdateSavedSearchBody): Promise<SavedSearchDto> {
    const saved = await this.own(actor, id);
    if (body.minScore !== undefined && saved.kind !== 'matches')
      throw DomainError.validation([{ field: 'minScore', constraint: 'notForThisKind' }]);
    const changes: Partial<SavedSearch> = {};
    if (body.name !== undefined) changes.name = body.name.trim();
    if (body.frequency !== undefined) changes.frequency = body.frequency;
    if (body.minScore !== undefined) changes.minScore = body.minScore;
    if (body.paused !== undefined) changes.pausedAt = body.paused ? (saved.pausedAt ?? this.clock.now()) : null;
    if (Object.keys(changes).length) await this.db.getRepository(SavedSearch).update({ id }, changes);
    return (await this.withCounts([await this.own(actor, id)]))[0];
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.own(actor, id);
    await this.db.getRepository(SavedSearch).delete({ id, userId: actor.userId });
  }

  /** The e-mail's unsubscribe link, without signing in: pauses the search the signed token names. */
  async unsubscribe(token: string): Promise<UnsubscribedDto> {
    const id = verifyUnsubscribeToken(this.env.JWT_SECRET, token);
    if (!id) throw DomainError.validation([{ field: 'token', constraint: 'isUnsubscribeToken' }]);
    const repo = this.db.getRepository(SavedSearch);
    const saved = await repo.findOneBy({ id });
    if (!saved) throw DomainError.notFound('saved search');
    if (!saved.pausedAt) await repo.update({ id }, { pausedAt: this.clock.now() });
    return { id, name: saved.name, paused: true };
  }

  private async own(actor: Actor, id: string): Promise<SavedSearch> {
    const saved = isUUID(id) ? await this.db.getRepository(SavedSearch).findOneBy({ id, userId: actor.userId }) : null;
    if (!saved) throw DomainError.notFound('saved search');
    return saved;
  }

  /** Resolves the facets to the codes the index uses; names a facet the user got wrong. */
  private async facets(actor: Actor, body: CreateSavedSearchBody): Promise<Partial<SavedSearch>> {
    if (body.kind === 'matches') {
      const expert = await ListingsReads.expertProviderIdOf(this.db.manager, actor.userId);
      if (!expert) throw DomainError.validation([{ field: 'kind', constraint: 'expertsOnly' }]);
      return { minScore: body.minScore ?? DEFAULT_MIN_SCORE };
    }
    if (body.minScore !== undefined)
      throw DomainError.validation([{ field: 'minScore', constraint: 'notForThisKind' }]);
    if (body.providerType && body.kind !== 'capabilities')
      throw DomainError.validation([{ field: 'providerType', constraint: 'notForThisKind' }]);
    const field = body.field?.trim() ? resolveField(body.field.trim()) : null;
    if (body.field?.trim() && !field)
      throw DomainError.validation([{ field: 'field', constraint: 'isField', params: { value: body.field } }]);
    const region = body.region?.trim() ? findRegion(body.region.trim()) : null;
    if (body.region?.trim() && !region) throw DomainError.validation([{ field: 'region', constraint: 'isRegion' }]);
    const mode = body.mode?.trim() ? parseCooperationMode(body.mode.trim()) : null;
    if (body.mode?.trim() && !mode)
      throw DomainError.validation([{ field: 'mode', constraint: 'isCooperationMode', params: { value: body.mode } }]);
    const query = body.q?.trim() || null;
    if (!query && !field && !region && !mode && !body.providerType)
      throw DomainError.validation([{ field: 'q', constraint: 'emptySavedSearch' }]);
    return {
      query,
      fieldCode: field?.code ?? null,
      regionCode: region?.code ?? null,
      mode,
      providerType: body.providerType ?? null,
    };
  }

  private async withCounts(rows: SavedSearch[]): Promise<SavedSearchDto[]> {
    const counts: { id: string; waiting: number; delivered: number }[] = rows.length
      ? await this.db.query(
          `select saved_search_id as id, count(*) filter (where delivered_at is null)::int as waiting, count(*) filter (where delivered_at is not null)::int as delivered
         from saved_search_hits where saved_search_id = any($1) group by saved_search_id`,
          [rows.map((r) => r.id)],
        )
      : [];
    const countOf = new Map(counts.map((c) => [c.id, c]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      q: r.query,
      field: r.fieldCode,
      region: r.regionCode,
      mode: r.mode,
      providerType: r.providerType,
      minScore: r.minScore,
      frequency: r.frequency,
      paused: !!r.pausedAt,
      waiting: countOf.get(r.id)?.waiting ?? 0,
      delivered: countOf.get(r.id)?.delivered ?? 0,
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
