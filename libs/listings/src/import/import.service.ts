import { AuditService } from '@app/audit';
import { FieldError, Language, renderFieldErrors } from '@app/common';
import { AccessPolicy, Actor, OrganizationsService } from '@app/identity';
import { findRegion } from '@app/reference';
import { JobDispatcher } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClassConstructor } from 'class-transformer';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Capability } from '../entities/capability.entity';
import { CooperationMode, parseCooperationMode } from '../entities/listing-status';
import { Need } from '../entities/need.entity';
import { Provider } from '../entities/provider.entity';
import { Publication } from '../entities/publication.entity';
import { ListingDerivations } from '../listing-derivations';
import { CapabilityRow, ImportFailure, ImportReport, NeedRow, ProviderRow } from './import-rows.dto';
import { validateRows, ValidRow } from './row-validation';

const CHUNK = 500;
type Importable = typeof Provider | typeof Need | typeof Capability;

interface Existing {
  id: string;
  externalId: string;
  sourceHash: string | null;
  revision: number;
  regionCode?: string | null;
  stewardOrganizationId?: string | null;
}

interface ImportContext {
  manager: EntityManager;
  actor: Actor;
  report: ImportReport;
  lang: Language;
}

/** Whose externalIds an import reads and writes: the importing association's, or the platform admins' when the importer has none. */
interface ImportScope {
  key: string;
  associationId: string | null;
}

/**
 * Bulk import by coordinators on organisations' behalf (the concierge service). Idempotent by externalId within the
 * importer's scope: an unchanged row changes nothing, a changed row updates and bumps the revision. Imported rows are
 * published, so a need row must lie in the importer's jurisdiction (or have no region, then its steward association
 * is in charge), and an existing record is updated only by those in charge of it; other rows fail alone.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly jobs: JobDispatcher,
    private readonly derivations: ListingDerivations,
  ) {}

  importProviders(items: unknown[], actor: Actor, lang: Language) {
    return this.run(ProviderRow, Provider, 'provider', items, actor, lang, (rows, ctx) =>
      this.writeProviders(rows, ctx),
    );
  }

  importNeeds(items: unknown[], actor: Actor, lang: Language) {
    return this.run(NeedRow, Need, 'need', items, actor, lang, (rows, ctx) => this.writeNeeds(rows, ctx));
  }

  importCapabilities(items: unknown[], actor: Actor, lang: Language) {
    return this.run(CapabilityRow, Capability, 'capability', items, actor, lang, (rows, ctx) =>
      this.writeCapabilities(rows, ctx),
    );
  }

  private async run<R extends { externalId: string }>(
    rowClass: ClassConstructor<R>,
    entity: Importable,
    type: 'provider' | 'need' | 'capability',
    items: unknown[],
    actor: Actor,
    lang: Language,
    write: (
      rows: { valid: ValidRow<R>; existing: Existing | null; hash: string }[],
      ctx: ImportContext,
    ) => Promise<void>,
  ): Promise<ImportReport> {
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, failed: [], warnings: [], ids: {} };
    const seen = new Set<string>();
    const scope = importScopeOf(actor);
    for (let i = 0; i < items.length; i += CHUNK) {
      const { valid, failed } = validateRows(rowClass, items.slice(i, i + CHUNK), lang, i, seen);
      report.failed.push(...failed);
      const chunk = valid.filter((v) => {
        const refusal = type === 'need' ? regionRefusal((v.row as unknown as NeedRow).region, actor) : null;
        if (refusal) report.failed.push(outsideJurisdiction(v, refusal, lang));
        return !refusal;
      });
      if (!chunk.length) continue;
      // A chunk that loses a deadlock to the worker is rolled back whole and written again from the start.
      const part = await retryOnDeadlock(() =>
        this.db.transaction(async (manager) => {
          const partReport: ImportReport = { created: 0, updated: 0, unchanged: 0, failed: [], warnings: [], ids: {} };
          const byExternal = await findExisting(
            manager,
            entity,
            scope,
            chunk.map((v) => v.row.externalId),
          );
          const changed = [];
          for (const v of chunk) {
            const hash = fingerprint(v.row);
            const found = byExternal.get(v.row.externalId) ?? null;
            if (found && !inChargeOf(actor, scope, found))
              partReport.failed.push(outsideJurisdiction(v, { field: 'externalId', value: v.row.externalId }, lang));
            else if (found && found.sourceHash === hash) {
              partReport.unchanged++;
              partReport.ids[v.row.externalId] = found.id;
            } else changed.push({ valid: v, existing: found, hash });
          }
          if (changed.length) await write(changed, { manager, actor, report: partReport, lang });
          return partReport;
        }),
      );
      mergeReport(report, part);
    }
    report.failed.sort((a, b) => a.index - b.index);
    await this.audit.record({
      actorId: actor.userId,
      action: `import.${type}s`,
      targetType: type,
      targetId: null,
      after: {
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        failed: report.failed.length,
      },
    });
    const written = report.created + report.updated;
    if (written > 0) await this.jobs.tryEnqueue('search.drain', {}, { jobId: undefined });
    if (type === 'need' && written > 0) await this.derivations.rankNow(Object.values(report.ids));
    return report;
  }

  private regionOf(input: string | undefined, index: number, report: ImportReport): string | null {
    if (!input?.trim()) return null;
    const region = findRegion(input);
    if (!region) report.warnings.push({ index, field: 'region', message: `unknown region "${input}" was left empty` });
    return region?.code ?? null;
  }

  /** Inserts new rows and updates changed ones; returns the saved ids in row order. */
  private async save<E extends Provider | Need | Capability>(
    manager: EntityManager,
    entity: Importable,
    rows: { valid: ValidRow<{ externalId: string }>; existing: Existing | null; hash: string }[],
    values: (i: number) => Partial<E>,
    report: ImportReport,
    scope: ImportScope,
  ): Promise<{ id: string; revision: number }[]> {
    const saved: { id: string; revision: number }[] = [];
    const inserts = rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.existing);
    if (inserts.length) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(
          inserts.map(
            ({ r, i }) =>
              ({
                ...values(i),
                externalId: r.valid.row.externalId,
                importScope: scope.key,
                sourceHash: r.hash,
                revision: 1,
              }) as never,
          ),
        )
        .returning(['id'])
        .execute();
      inserts.forEach(({ r, i }, k) => {
        saved[i] = { id: result.identifiers[k].id as string, revision: 1 };
        report.ids[r.valid.row.externalId] = saved[i].id;
      });
      report.created += inserts.length;
    }
    for (const [i, r] of rows.entries()) {
      if (!r.existing) continue;
      const revision = r.existing.revision + 1;
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ ...values(i), sourceHash: r.hash, revision })
        .where('id = :id', { id: r.existing.id })
        .execute();
      saved[i] = { id: r.existing.id, revision };
      report.ids[r.valid.row.externalId] = r.existing.id;
      report.updated++;
    }
    return saved;
  }

  private async writeProviders(
    rows: { valid: ValidRow<ProviderRow>; existing: Existing | null; hash: string }[],
    { manager, actor, report }: ImportContext,
  ) {
    const steward = stewardOf(actor);
    const saved = await this.save<Provider>(
      manager,
      Provider,
      rows,
      (i) => {
        const { row, index } = rows[i].valid;
        return {
          kind: row.kind,
          name: row.name,
          title: row.title ?? null,
          affiliation: row.affiliation ?? null,
          regionCode: this.regionOf(row.region, index, report),
          fields: row.fields ?? [],
          keywords: row.keywords ?? [],
          bio: row.bio ?? '',
          contactEmail: row.contactEmail ?? null,
          contactPhone: row.contactPhone ?? null,
          stewardOrganizationId: steward,
        };
      },
      report,
      importScopeOf(actor),
    );
    const ids = saved.map((s) => s.id);
    await manager.delete(Publication, { providerId: In(ids) });
    const publications = rows.flatMap((r, i) =>
      (r.valid.row.publications ?? []).map((p, position) => ({
        providerId: ids[i],
        kind: p.kind ?? 'publication',
        title: p.title,
        abstract: p.abstract ?? '',
        year: p.year ?? null,
        position,
      })),
    );
    for (let k = 0; k < publications.length; k += 2000)
      await manager.insert(Publication, publications.slice(k, k + 2000));
    await this.derivations.reindex(manager, 'provider', ids);
    await this.derivations.rematch(manager, 'provider', saved);
  }

  private async writeNeeds(
    rows: { valid: ValidRow<NeedRow>; existing: Existing | null; hash: string }[],
    ctx: ImportContext,
  ) {
    const { manager, actor, report } = ctx;
    const placed = await this.enterprisesOf(rows, ctx);
    if (!placed.length) return;
    const now = new Date();
    const saved = await this.save<Need>(
      manager,
      Need,
      placed.map((p) => p.row),
      (i) => {
        const { row, index } = placed[i].row.valid;
        return {
          title: row.title,
          description: row.description ?? '',
          fields: row.fields ?? [],
          keywords: row.keywords ?? [],
          regionCode: this.regionOf(row.region, index, report),
          organizationId: placed[i].organizationId,
          cooperationModes: parseModes(row.cooperationModes),
          budgetMin: row.budgetMin?.toString() ?? null,
          budgetMax: row.budgetMax?.toString() ?? null,
          deadline: row.deadline ?? null,
          confidentialDetails: row.confidentialDetails ?? null,
          status: 'published',
          publishedAt: now,
          createdBy: actor.userId,
          stewardOrganizationId: stewardOf(actor),
        };
      },
      report,
      importScopeOf(actor),
    );
    await this.derivations.reindex(
      manager,
      'need',
      saved.map((s) => s.id),
    );
    await this.derivations.rematch(manager, 'need', saved);
  }

  /**
   * The enterprise of each need row: named by id (one the importer is in charge of), or by name among the enterprises
   * the importing association created (a new one when none is found). A row naming an id it may not use fails alone.
   */
  private async enterprisesOf<T extends { valid: ValidRow<NeedRow> }>(
    all: T[],
    { manager, actor, report, lang }: ImportContext,
  ) {
    const named = all.map((r) => r.valid.row.organizationId).filter((id): id is string => !!id);
    const attachable = await this.organizations.enterprisesAttachableBy([...new Set(named)], actor, manager);
    const byName = all.filter((r) => !r.valid.row.organizationId);
    const regionOfName = new Map<string, string | null>();
    for (const r of byName) {
      const name = enterpriseName(r.valid.row, lang);
      if (!regionOfName.has(name)) regionOfName.set(name, findRegion(r.valid.row.region ?? '')?.code ?? null);
    }
    const idOfName = regionOfName.size
      ? await this.organizations.findOrCreateImportedEnterprises(
          regionOfName,
          { userId: actor.userId, associationId: stewardOf(actor) },
          manager,
        )
      : new Map<string, string>();
    const placed: { row: T; organizationId: string }[] = [];
    for (const r of all) {
      const id = r.valid.row.organizationId;
      if (!id) placed.push({ row: r, organizationId: idOfName.get(enterpriseName(r.valid.row, lang))! });
      else if (attachable.has(id)) placed.push({ row: r, organizationId: id });
      else report.failed.push(outsideJurisdiction(r.valid, { field: 'organizationId', value: id }, lang));
    }
    return placed;
  }

  private async writeCapabilities(
    rows: { valid: ValidRow<CapabilityRow>; existing: Existing | null; hash: string }[],
    { manager, actor, report }: ImportContext,
  ) {
    const providers = await manager.find(Provider, {
      where: { externalId: In(rows.map((r) => r.valid.row.providerExternalId)), importScope: importScopeOf(actor).key },
      select: { id: true, externalId: true, revision: true },
    });
    const providerOf = new Map(providers.map((p) => [p.externalId!, p]));
    const known = rows.filter((r) => {
      if (providerOf.has(r.valid.row.providerExternalId)) return true;
      report.failed.push({
        index: r.valid.index,
        externalId: r.valid.row.externalId,
        errors: [
          {
            field: 'providerExternalId',
            constraint: 'exists',
            message: `no provider with externalId "${r.valid.row.providerExternalId}"`,
          },
        ],
      });
      return false;
    });
    if (!known.length) return;
    const now = new Date();
    const saved = await this.save<Capability>(
      manager,
      Capability,
      known,
      (i) => {
        const { row, index } = known[i].valid;
        return {
          providerId: providerOf.get(row.providerExternalId)!.id,
          title: row.title,
          description: row.description ?? '',
          fields: row.fields ?? [],
          keywords: row.keywords ?? [],
          serviceModes: parseModes(row.serviceModes),
          regionCodes: (row.regions ?? []).map((r) => this.regionOf(r, index, report)).filter((c): c is string => !!c),
          availability: row.availability ?? null,
          status: 'published',
          publishedAt: now,
        };
      },
      report,
      importScopeOf(actor),
    );
    const providerIds = [...new Set(known.map((r) => providerOf.get(r.valid.row.providerExternalId)!.id))];
    // A provider's profile (and so its matches) includes its capabilities.
    const bumped: { id: string; revision: number }[] = await manager
      .query(
        'update providers set revision = revision + 1, updated_at = now() where id = any($1) returning id, revision',
        [providerIds],
      )
      .then(([rows]: [{ id: string; revision: number }[]]) => rows);
    await this.derivations.reindex(
      manager,
      'capability',
      saved.map((s) => s.id),
    );
    await this.derivations.reindex(manager, 'provider', providerIds);
    await this.derivations.rematch(manager, 'provider', bumped);
  }
}

const DEADLOCK = '40P01';

async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if ((err as { driverError?: { code?: string } }).driverError?.code !== DEADLOCK || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

function mergeReport(into: ImportReport, part: ImportReport): void {
  into.created += part.created;
  into.updated += part.updated;
  into.unchanged += part.unchanged;
  into.failed.push(...part.failed);
  into.warnings.push(...part.warnings);
  Object.assign(into.ids, part.ids);
}

/** A need row names no enterprise: one placeholder enterprise per importer, named in the importer's language only. */
const UNNAMED_ENTERPRISE: Record<Language, string> = { 'zh-CN': '未具名企业', en: 'Unnamed enterprise' };
const enterpriseName = (row: NeedRow, lang: Language) => row.organizationName?.trim() || UNNAMED_ENTERPRISE[lang];

function stewardOf(actor: Actor): string | null {
  return actor.memberships.find((m) => m.organizationType === 'association')?.organizationId ?? null;
}

function importScopeOf(actor: Actor): ImportScope {
  const associationId = stewardOf(actor);
  return { key: associationId ?? 'platform', associationId };
}

/** The importer's existing records among these externalIds (with what decides who is in charge of them). */
async function findExisting(
  manager: EntityManager,
  entity: Importable,
  scope: ImportScope,
  externalIds: string[],
): Promise<Map<string, Existing>> {
  const charge = entity === Capability ? {} : { regionCode: true, stewardOrganizationId: true };
  const existing = (await manager.getRepository(entity).find({
    where: { externalId: In(externalIds), importScope: scope.key },
    select: { id: true, externalId: true, sourceHash: true, revision: true, ...charge },
  })) as Existing[];
  return new Map(existing.map((e) => [e.externalId, e]));
}

/** An existing record is the importer's to update when their association stewards it or they coordinate its region. */
function inChargeOf(actor: Actor, scope: ImportScope, record: Existing): boolean {
  if (record.stewardOrganizationId === undefined) return true; // capabilities: their provider was found in the importer's scope
  if (actor.isAdmin) return true;
  return (
    (!!scope.associationId && record.stewardOrganizationId === scope.associationId) ||
    AccessPolicy.coordinates(actor, record.regionCode ?? null)
  );
}

/** A need row's region outside every jurisdiction of the importer; an empty or unknown region leaves the steward in charge. */
function regionRefusal(region: string | undefined, actor: Actor): { field: string; value: string } | null {
  const code = region?.trim() ? findRegion(region)?.code : undefined;
  return code && !AccessPolicy.coordinates(actor, code) ? { field: 'region', value: region! } : null;
}

function outsideJurisdiction(
  v: ValidRow<{ externalId: string }>,
  { field, value }: { field: string; value: string },
  lang: Language,
): ImportFailure {
  const errors: FieldError[] = [{ field, constraint: 'outsideJurisdiction', params: { value } }];
  return {
    index: v.index,
    externalId: v.row.externalId,
    code: 'OUTSIDE_JURISDICTION',
    errors: renderFieldErrors(errors, lang),
  };
}

function parseModes(modes: string[] | undefined): CooperationMode[] {
  return [...new Set((modes ?? []).map((m) => parseCooperationMode(m) ?? 'other'))];
}

function fingerprint(row: object): string {
  return createHash('sha1').update(JSON.stringify(row)).digest('hex');
}
