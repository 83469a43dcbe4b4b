import { Need } from '@app/listings/entities/need.entity';
import { Provider } from '@app/listings/entities/provider.entity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CandidateRetriever } from './candidate-retriever';
import { needEvidenceText, NeedText } from './evidence/evidence-documents';
import { Evidence } from './evidence/evidence-index';
import { EvidenceStore } from './evidence/evidence-store';
import { TermCounts, termCounts } from './evidence/evidence-terms';
import { MatchOverride } from './entities/match-override.entity';
import { MatchRun, MatchSubject } from './entities/match-run.entity';
import { Match } from './entities/match.entity';
import { ProfileLoader } from './profiles/profile-loader';
import { NeedProfile, ProviderProfile } from './profiles/profiles';
import { ALGORITHM_VERSION, explainPair, MIN_SCORE, scorePair, ScoredPair } from './ranker/match-ranker';
import { TrackRecord } from './track-record/outcome-model';
import { TrackRecords } from './track-record/track-records';

/**
 * How many ranked pairs are kept per subject: the API's largest page, so a list holds every counterpart with evidence
 * up to what a caller can read (with 200, 30 % of CSL's labelled providers and 42 % of CCL's were missing from the lists,
 * each such pair counted as misordered).
 */
export const KEEP_PER_SUBJECT = 500;
/** Providers the evidence index hands to the ranker per need (it scores them exactly; the ranker reorders them). */
export const CANDIDATES_PER_NEED = 500;
const NEED_TERM_CACHE = 20000;

interface PairRow { needId: string; providerId: string; pair: ScoredPair; needRevision: number; providerRevision: number }

/** Computes and stores ranked matches: recall through the search index, ranking in code, results in PostgreSQL. */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private readonly needTermCache = new Map<string, TermCounts>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfileLoader,
    private readonly retriever: CandidateRetriever,
    private readonly trackRecords: TrackRecords,
    private readonly evidence: EvidenceStore,
  ) {}

  /** Ranks providers for a need. Does nothing when the run is already done for the need's current revision. */
  async matchNeed(needId: string): Promise<void> {
    const need = await this.db.getRepository(Need).findOne({ where: { id: needId }, select: { id: true, revision: true, status: true, title: true, description: true, keywords: true, fields: true } });
    if (!need) return this.finishRun('need', needId, 0, 0);
    const requestedAt = await this.pendingSince('need', needId, need.revision);
    if (!requestedAt) return;
    const started = Date.now();
    if (need.status !== 'published') {
      await this.db.getRepository(Match).delete({ needId });
      return this.finishRun('need', needId, need.revision, Date.now() - started, this.db.manager, requestedAt);
    }
    const [profile] = await this.profiles.needProfiles([needId]);
    const overrides = await this.overridesOf([needId]);
    const index = await this.evidence.current();
    const counts = this.needTerms(need);
    const found = new Map(index.search(counts, CANDIDATES_PER_NEED).map((e) => [e.providerId, e]));
    for (const o of overrides) if (o.action === 'pin' && !found.has(o.providerId)) {
      const pinned = index.evidenceOf(counts, o.providerId);
      if (pinned) found.set(o.providerId, pinned);
    }
    const recallMs = Date.now() - started;
    const candidateIds = [...found.keys()];
    const [providers, records] = await Promise.all([this.profiles.providerProfiles(candidateIds), this.trackRecords.of(candidateIds)]);
    const profilesMs = Date.now() - started - recallMs;
    const rows = this.rankForNeed(profile, providers, overrides, records, found);
    await this.db.transaction(async (m) => {
      await relaxedCommit(m);
      await m.query('delete from matches where need_id = $1 and (need_revision <> $2 or algorithm_version <> $3 or provider_id = any($4))', [needId, need.revision, ALGORITHM_VERSION, overrides.filter((o) => o.action === 'exclude').map((o) => o.providerId)]);
      await this.insertPairs(m, rows);
      await this.finishRun('need', needId, need.revision, Date.now() - started, m, requestedAt);
    });
    this.logger.debug(`need ${needId}: ${candidateIds.length} candidates, recall ${recallMs} ms, profiles ${profilesMs} ms, total ${Date.now() - started} ms`);
  }

  /** Builds and stores the ranker profiles of these providers ahead of ranking (see ProfileLoader). */
  async prepareProviders(providerIds: string[]): Promise<void> {
    await this.profiles.storeProfiles(providerIds);
  }

  /** Finds the open needs a provider could serve and adds or refreshes those pairs (other pairs are left alone). */
  async matchProvider(providerId: string): Promise<void> {
    const provider = await this.db.getRepository(Provider).findOne({ where: { id: providerId }, select: { id: true, revision: true, name: true, keywords: true } });
    if (!provider) return this.finishRun('provider', providerId, 0, 0);
    const requestedAt = await this.pendingSince('provider', providerId, provider.revision);
    if (!requestedAt) return;
    const started = Date.now();
    const [[profile], records] = await Promise.all([this.profiles.providerProfiles([providerId]), this.trackRecords.of([providerId])]);
    const queries = CandidateRetriever.queriesFrom([provider.keywords.join(' ')], profile.core, profile.all);
    const needIds = await this.retriever.needsFor(queries);
    const needs = await this.profiles.needProfiles(needIds);
    const overrides = await this.overridesOf(needs.map((n) => n.id));
    const excluded = new Set(overrides.filter((o) => o.action === 'exclude' && o.providerId === providerId).map((o) => o.needId));
    const pinned = new Set(overrides.filter((o) => o.action === 'pin' && o.providerId === providerId).map((o) => o.needId));
    const evidence = await this.evidenceForProvider(providerId, needs.map((n) => n.id));
    const rows = keepBest(needs.filter((n) => !excluded.has(n.id)).map((n) => ({ need: n, provider: profile, pinned: pinned.has(n.id), evidence: evidence.get(n.id) })), records);
    await this.db.transaction(async (m) => {
      await relaxedCommit(m);
      await m.query('delete from matches where provider_id = $1 and (provider_revision <> $2 or algorithm_version <> $3)', [providerId, provider.revision, ALGORITHM_VERSION]);
      await this.insertPairs(m, rows);
      await this.finishRun('provider', providerId, provider.revision, Date.now() - started, m, requestedAt);
    });
  }

  private rankForNeed(need: NeedProfile, providers: ProviderProfile[], overrides: MatchOverride[], records: Map<string, TrackRecord>, evidence: Map<string, Evidence>): PairRow[] {
    const excluded = new Set(overrides.filter((o) => o.action === 'exclude').map((o) => o.providerId));
    const pinned = new Set(overrides.filter((o) => o.action === 'pin').map((o) => o.providerId));
    return keepBest(providers.filter((p) => !excluded.has(p.id)).map((p) => ({ need, provider: p, pinned: pinned.has(p.id), evidence: evidence.get(p.id) })), records);
  }

  /** The provider's evidence for each of these needs, as a need's own run would compute it, so a pair scores alike from both sides. */
  private async evidenceForProvider(providerId: string, needIds: string[]): Promise<Map<string, Evidence>> {
    if (!needIds.length) return new Map();
    const index = await this.evidence.current();
    const texts: (NeedText & { id: string; revision: number })[] = await this.db.query('select id, revision, title, description, keywords, fields from needs where id = any($1)', [needIds]);
    const out = new Map<string, Evidence>();
    for (const need of texts) {
      const found = index.evidenceOf(this.needTerms(need), providerId);
      if (found) out.set(need.id, found);
    }
    return out;
  }

  /** A need's terms, kept by revision: provider runs meet the same open needs again and again. */
  private needTerms(need: NeedText & { id: string; revision: number }): TermCounts {
    const key = `${need.id}:${need.revision}`;
    let counts = this.needTermCache.get(key);
    if (!counts) {
      counts = termCounts(needEvidenceText(need));
      if (this.needTermCache.size >= NEED_TERM_CACHE) this.needTermCache.delete(this.needTermCache.keys().next().value as string);
      this.needTermCache.set(key, counts);
    }
    return counts;
  }

  /**
   * One statement per 1 000 pairs, sent as one JSON document: TypeORM's insert builder spent more CPU binding 4 000
   * parameters than ranking took, and text arrays cost as much again in escaping (measured in re-match profiles).
   */
  private async insertPairs(m: EntityManager, rows: PairRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((r) => ({
        n: r.needId, p: r.providerId, c: r.pair.capabilityId, s: r.pair.score, r: r.pair.reasons, nr: r.needRevision, pr: r.providerRevision,
      }));
      await m.query(
        `insert into matches (need_id, provider_id, capability_id, score, reasons, algorithm_version, need_revision, provider_revision)
         select x.n, x.p, x.c, x.s, x.r, $2, x.nr, x.pr
           from jsonb_to_recordset($1::jsonb) as x(n uuid, p uuid, c uuid, s real, r jsonb, nr int, pr int)
         on conflict (need_id, provider_id) do update set capability_id = excluded.capability_id, score = excluded.score,
           reasons = excluded.reasons, algorithm_version = excluded.algorithm_version, need_revision = excluded.need_revision,
           provider_revision = excluded.provider_revision, updated_at = now()
         where (matches.score, matches.reasons, matches.capability_id, matches.algorithm_version, matches.need_revision, matches.provider_revision)
           is distinct from (excluded.score, excluded.reasons, excluded.capability_id, excluded.algorithm_version, excluded.need_revision, excluded.provider_revision)`,
        [JSON.stringify(chunk), ALGORITHM_VERSION],
      );
    }
  }

  private overridesOf(needIds: string[]): Promise<MatchOverride[]> {
    return needIds.length ? this.db.getRepository(MatchOverride).findBy({ needId: In(needIds) }) : Promise.resolve([]);
  }

  /** Null when the work is already done; otherwise when it was asked for (the run only counts for requests up to then). */
  private async pendingSince(subjectType: MatchSubject, subjectId: string, revision: number): Promise<Date | null> {
    const run = await this.db.getRepository(MatchRun).findOneBy({ subjectType, subjectId });
    if (run && run.status === 'ready' && run.revision === revision && run.algorithmVersion === ALGORITHM_VERSION) return null;
    return run?.requestedAt ?? new Date(0);
  }

  /**
   * Marks the run ready, unless matching was asked for again while this run was computing (a newer
   * `requested_at`): then the run stays pending and the newer job (or the sweeper) computes it again.
   * PostgreSQL keeps microseconds and JavaScript milliseconds, hence the truncation.
   */
  private async finishRun(subjectType: MatchSubject, subjectId: string, revision: number, durationMs: number, m: EntityManager = this.db.manager, requestedAt: Date = new Date(0)): Promise<void> {
    await m.query(
      `insert into match_runs (subject_type, subject_id, revision, status, algorithm_version, requested_at, finished_at, duration_ms)
       values ($1, $2, $3, 'ready', $4, $5, now(), $6)
       on conflict (subject_type, subject_id) do update
         set revision = excluded.revision, status = 'ready', algorithm_version = excluded.algorithm_version,
             finished_at = excluded.finished_at, duration_ms = excluded.duration_ms, updated_at = now()
       where date_trunc('milliseconds', match_runs.requested_at) <= $5`,
      [subjectType, subjectId, revision, ALGORITHM_VERSION, requestedAt, durationMs],
    );
  }

}

/**
 * Matches are derived data written in bulk: the commit need not wait for the disk. A commit lost in a crash loses the
 * run's `ready` mark with its rows (one transaction), so the run stays pending and is computed again.
 */
function relaxedCommit(m: EntityManager): Promise<unknown> {
  return m.query('set local synchronous_commit = off');
}

/** Scores every pair, keeps the best KEEP_PER_SUBJECT above the noise floor, and explains only those. */
function keepBest(pairs: { need: NeedProfile; provider: ProviderProfile; pinned: boolean; evidence?: Evidence }[], records: Map<string, TrackRecord>): PairRow[] {
  return pairs.map((p) => ({ ...p, options: { pinned: p.pinned, record: records.get(p.provider.id), evidence: p.evidence } }))
    .map((p) => ({ ...p, scored: scorePair(p.need, p.provider, p.options) }))
    .filter((p) => p.scored.score >= MIN_SCORE)
    .sort((a, b) => b.scored.score - a.scored.score)
    .slice(0, KEEP_PER_SUBJECT)
    .map((p) => ({
      needId: p.need.id, providerId: p.provider.id, pair: explainPair(p.need, p.provider, p.scored, p.options), needRevision: p.need.revision, providerRevision: p.provider.revision,
    }));
}
