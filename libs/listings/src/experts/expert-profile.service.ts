import { AuditService } from '@app/audit';
import { DomainError, FieldError } from '@app/common';
import { Actor, regionCodeOf, regionView, throwIfInvalid, IdentityReads, IdentitySql } from '@app/identity';
import { JobDispatcher } from '@app/queue';
import { resolveField } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Provider } from '../entities/provider.entity';
import { Publication, PublicationKind } from '../entities/publication.entity';
import { ListingDerivations } from '../listing-derivations';

export interface ExpertWork {
  kind: PublicationKind;
  title: string;
  abstract: string;
  year: number | null;
}

/** What an expert writes about themselves: the whole profile is replaced on every save. */
export interface ExpertProfileInput {
  name?: string;
  /** 院士, 教授, 研究员, 高级工程师 … */
  title?: string;
  affiliation?: string;
  region?: string;
  /** Disciplines (field taxonomy codes or names). */
  fields?: string[];
  /** Research interests. */
  keywords?: string[];
  bio?: string;
  available?: boolean;
  contactEmail?: string;
  contactPhone?: string;
  /** Publications, patents and achievements, in the order given. */
  publications?: { kind?: PublicationKind; title: string; abstract?: string; year?: number }[];
}

type ProfileContent = Pick<
  Provider,
  | 'name'
  | 'title'
  | 'affiliation'
  | 'regionCode'
  | 'fields'
  | 'keywords'
  | 'bio'
  | 'available'
  | 'contactEmail'
  | 'contactPhone'
>;

/**
 * An expert's own provider profile (kind 'expert', linked to the account). Every change bumps the revision and, in the
 * same transaction, queues re-indexing and re-matching.
 */
@Injectable()
export class ExpertProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobDispatcher,
    private readonly derivations: ListingDerivations,
  ) {}

  async get(actor: Actor) {
    const provider = await this.db.getRepository(Provider).findOneBy({ userId: actor.userId, kind: 'expert' });
    if (!provider) throw DomainError.notFound('expert profile');
    return this.view(this.db.manager, provider);
  }

  async save(actor: Actor, input: ExpertProfileInput) {
    const errors: FieldError[] = [];
    const regionCode = regionCodeOf(input.region ?? null, 'region', errors) ?? null;
    throwIfInvalid(errors);
    const saved = await this.db.transaction(async (m) => {
      // One profile per account, even when two saves race: they queue on the account's row.
      const user = await IdentityReads.lockUser(m, actor.userId);
      const content: ProfileContent = {
        name: input.name?.trim() || (user?.displayName ?? ''),
        title: input.title ?? null,
        affiliation: input.affiliation ?? null,
        regionCode,
        fields: dedupe(input.fields),
        keywords: dedupe(input.keywords),
        bio: input.bio ?? '',
        available: input.available ?? true,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
      };
      const works: ExpertWork[] = (input.publications ?? []).map((p) => ({
        kind: p.kind ?? 'publication',
        title: p.title,
        abstract: p.abstract ?? '',
        year: p.year ?? null,
      }));
      const existing = await m.findOneBy(Provider, { userId: actor.userId, kind: 'expert' });
      if (existing && fingerprint(existing, await this.works(m, existing.id)) === fingerprint(content, works))
        return existing;

      const revision = existing ? existing.revision + 1 : 1;
      let provider: Provider;
      if (existing) {
        await m.update(Provider, { id: existing.id }, { ...content, revision });
        provider = { ...existing, ...content, revision };
      } else {
        provider = await m.save(m.create(Provider, { ...content, kind: 'expert', userId: actor.userId, revision }));
      }
      await m.delete(Publication, { providerId: provider.id });
      if (works.length)
        await m.insert(
          Publication,
          works.map((w, position) => ({ ...w, providerId: provider.id, position })),
        );
      await this.derivations.reindex(m, 'provider', [provider.id]);
      await this.derivations.rematch(m, 'provider', [{ id: provider.id, revision }]);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: existing ? 'expert-profile.updated' : 'expert-profile.created',
          targetType: 'provider',
          targetId: provider.id,
          before: existing ? { revision: existing.revision } : null,
          after: { revision, publications: works.length },
        },
        m,
      );
      return provider;
    });
    await this.jobs.tryEnqueue('search.drain', {});
    return this.view(this.db.manager, saved);
  }

  private works(m: EntityManager, providerId: string): Promise<ExpertWork[]> {
    return m.find(Publication, {
      where: { providerId },
      order: { position: 'ASC' },
      select: { kind: true, title: true, abstract: true, year: true },
    });
  }

  private async view(m: EntityManager, p: Provider) {
    // The expert's own view: stations that listed them, including those waiting for their consent.
    const workstations: { id: string; name: string; awaitingConsent: boolean }[] = await m.query(
      `select o.id, o.name, w.consented_at is null as "awaitingConsent"
         from workstation_experts w join ${IdentitySql.organizations} o on o.id = w.workstation_id where w.provider_id = $1 order by o.name`,
      [p.id],
    );
    return {
      id: p.id,
      name: p.name,
      title: p.title,
      affiliation: p.affiliation,
      regionCode: p.regionCode,
      region: regionView(p.regionCode),
      fields: p.fields,
      fieldCodes: p.fields.map((f) => resolveField(f)?.code ?? null),
      keywords: p.keywords,
      bio: p.bio,
      available: p.available,
      contactEmail: p.contactEmail,
      contactPhone: p.contactPhone,
      revision: p.revision,
      publications: await this.works(m, p.id),
      workstations,
    };
  }
}

const dedupe = (items: string[] | undefined) => [...new Set((items ?? []).map((s) => s.trim()).filter(Boolean))];

function fingerprint(c: ProfileContent, works: ExpertWork[]): string {
  const { name, title, affiliation, regionCode, fields, keywords, bio, available, contactEmail, contactPhone } = c;
  return JSON.stringify([
    name,
    title,
    affiliation,
    regionCode,
    fields,
    keywords,
    bio,
    available,
    contactEmail,
    contactPhone,
    works.map((w) => [w.kind, w.title, w.abstract, w.year]),
  ]);
}

export type ExpertProfileView = Awaited<ReturnType<ExpertProfileService['get']>>;
