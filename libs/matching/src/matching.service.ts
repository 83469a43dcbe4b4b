import { Provider } from '@app/listings';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CandidateRetriever, TERMS_ASKED } from './candidate-retriever';
import { needEvidenceText, NeedText } from './evidence/evidence-documents';
import { Evidence, EvidenceIndex } from './evidence/evidence-index';
import { EvidenceStore } from './evidence/evidence-store';
import { TermCounts, termCounts } from './evidence/evidence-terms';
import { MatchOverride } from './entities/match-override.entity';
import { MatchRun, MatchSubject } from './entities/match-run.entity';
import { NeedFacts, needFacts } from './ranker/facts';
import { Features } from './ranker/features';
import {
  ALGORITHM_VERSION,
  EXPLAINED_PER_NEED,
  explainPair,
  MIN_SCORE,
  PairOptions,
  scorePair,
  ScoredPair,
} from './ranker/match-ranker';
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
/**
 * Needs whose terms a provider's runs keep (they meet the same open needs again and again). A need's own run
 * analyses its text once and keeps nothing: at 20 000 entries of ~30 KB this cache was most of a re-match's garbage.
 */
const NEED_TERM_CACHE = 5000;

interface PairRow {
  needId: string;
  providerId: string;
  pair: ScoredPair;
  needRevision: number;
  providerRevision: number;
}

/** A need with the state of its run, as one batch query reads them; `id` is null for a need deleted since. */
interface NeedToRank extends NeedText {
  subjectId: string;
  id: string | null;
  revision: number;
  status: string;
  regionCode: string | null;
  cooperationModes: string[];
  runStatus: string | null;
  runRevision: number | null;
  runAlgorithm: string | null;
  requestedAt: Date | null;
}

/** A finished run: ready for this revision, unless asked for again after `requestedAt` (see finishRuns). */
interface RunDone {
  subjectId: string;
  revision: number;
  requestedAt: Date;
  durationMs: number;
}

/** Computes and stores ranked matches: recall and evidence from the evidence index, ranking in code, results in PostgreSQL. */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private readonly needTermCache = new Map<string, TermCounts>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly retriever: CandidateRetriever,
    private readonly trackRecords: TrackRecords,
    private readonly evidence: EvidenceStore,
  ) {}

  /** Ranks providers for a need. Does nothing when the run is already done for the need's current revision. */
  matchNeed(needId: string): Promise<void> {
    return this.matchNeeds([needId]);
  }

  /**
   * Ranks providers for each of these needs whose run is not done for its current revision: one read of the needs,
   * their overrides and the candidates' track records, and one transaction for every list of the batch.
   */
  async matchNeeds(needIds: string[]): Promise<void> {
    const started = Date.now();
    const needs = (await this.needsToRank(needIds)).filter((n) => !isDone(n));
    if (!needs.length) return;
    const published = needs.filter((n) => n.id && n.status === 'published');
    const overrides = await this.overridesOf(published.map((n) => n.id!));
    const index = await this.evidence.current();
    const ranked: { need: NeedToRank; counts: TermCounts; facts: NeedFacts; found: Map<string, Evidence> }[] = [];
    for (const n of published) {
      const counts = termCounts(needEvidenceText(n));
      ranked.push({
        need: n,
        counts,
        facts: needFacts({ ...n, id: n.id! }),
        found: this.recall(index, n.id!, counts, overrides),
      });
      await nextTurn();
    }
    const records = await this.trackRecords.of([...new Set(ranked.flatMap((r) => [...r.found.keys()]))]);
    const lists: ScoredCandidate[][] = [];
    for (const r of ranked) {
      const list = scoreCandidates(
        r.facts,
        [...r.found.values()],
        overrides.filter((o) => o.needId === r.need.id),
        records,
      ).slice(0, KEEP_PER_SUBJECT);
      index.describe(
        r.counts,
        list.slice(0, EXPLAINED_PER_NEED).map((c) => c.evidence),
      );
      lists.push(list);
      await nextTurn();
    }
    const rows = lists.flatMap((list) => list.slice(0, EXPLAINED_PER_NEED).map(explain));
    const tails = ranked.map((r, i) => ({ need: r.facts, pairs: lists[i].slice(EXPLAINED_PER_NEED) }));
    await this.storeLists(
      needs,
      rows,
      tails,
      overrides.filter((o) => o.action === 'exclude'),
      started,
    );
    this.logger.debug(`${needs.length} needs ranked, ${rows.length} explained pairs, ${Date.now() - started} ms`);
  }

  /** One transaction for a batch: outdated and excluded pairs out, the explained heads and the tails in, the runs ready. */
  private storeLists(
    needs: NeedToRank[],
    rows: PairRow[],
    tails: { need: NeedFacts; pairs: ScoredCandidate[] }[],
    excluded: MatchOverride[],
    started: number,
  ): Promise<void> {
    return this.db.transaction(async (m) => {
      await relaxedCommit(m);
      await m.query(
        `delete from matches m using unnest($1::uuid[], $2::int[]) as x(need_id, revision)
          where m.need_id = x.need_id and (m.need_revision <> x.revision or m.algorithm_version <> $3 or x.revision = -1)`,
        [
          needs.map((n) => n.subjectId),
          needs.map((n) => (n.status === 'published' ? n.revision : -1)),
          ALGORITHM_VERSION,
        ],
      );
      if (excluded.length)
        await m.query(
          'delete from matches m using unnest($1::uuid[], $2::uuid[]) as x(need_id, provider_id) where m.need_id = x.need_id and m.provider_id = x.provider_id',
          [excluded.map((o) => o.needId), excluded.map((o) => o.providerId)],
        );
      await this.insertPairs(m, rows);
      await this.writeTails(
        m,
        tails,
        needs.filter((n) => !n.id || n.status !== 'published').map((n) => n.subjectId),
      );
      await this.finishRuns(
        m,
        'need',
        needs.map((n) => ({
          subjectId: n.subjectId,
          revision: n.id ? n.revision : 0,
          requestedAt: n.requestedAt ?? new Date(0),
          durationMs: Date.now() - started,
        })),
      );
    });
  }

  private needsToRank(needIds: string[]): Promise<NeedToRank[]> {
    return this.db.query(
      `select x.id as "subjectId", n.id, coalesce(n.revision, 0) as revision, n.status, n.title, n.description, n.keywords, n.fields,
              n.region_code as "regionCode", n.cooperation_modes as "cooperationModes",
              r.status as "runStatus", r.revision as "runRevision", r.algorithm_version as "runAlgorithm", r.requested_at as "requestedAt"
         from unnest($1::uuid[]) as x(id) left join needs n on n.id = x.id
         left join match_runs r on r.subject_type = 'need' and r.subject_id = x.id`,
      [needIds],
    );
  }

  /** The need's candidates from the evidence index, pinned providers added whether recalled or not. */
  private recall(
    index: EvidenceIndex,
    needId: string,
    counts: TermCounts,
    overrides: MatchOverride[],
  ): Map<string, Evidence> {
    const found = new Map(index.search(counts, CANDIDATES_PER_NEED).map((e) => [e.providerId, e]));
    for (const o of overrides)
      if (o.needId === needId && o.action === 'pin' && !found.has(o.providerId)) {
        const pinned = index.evidenceOf(counts, o.providerId);
        if (pinned) found.set(o.providerId, pinned);
      }
    return found;
  }

  /** Finds the open needs a provider could serve and adds or refreshes those pairs (other pairs are left alone). */
  async matchProvider(providerId: string): Promise<void> {
    const provider = await this.db
      .getRepository(Provider)
      .findOne({ where: { id: providerId }, select: { id: true, revision: true, keywords: true } });
    const run = await this.db.getRepository(MatchRun).findOneBy({ subjectType: 'provider', subjectId: providerId });
    if (
      run &&
      run.status === 'ready' &&
      run.revision === (provider?.revision ?? 0) &&
      run.algorithmVersion === ALGORITHM_VERSION
    )
      return;
    const started = Date.now();
    const done = (m: EntityManager) =>
      this.finishRuns(m, 'provider', [
        {
          subjectId: providerId,
          revision: provider?.revision ?? 0,
          requestedAt: run?.requestedAt ?? new Date(0),
          durationMs: Date.now() - started,
        },
      ]);
    const index = await this.evidence.current();
    if (!provider || index.revisionOf(providerId) === undefined) return done(this.db.manager);
    const needIds = await this.retriever.needsFor(
      CandidateRetriever.queriesFrom([provider.keywords.join(' ')], index.topWords(providerId, TERMS_ASKED)),
    );
    const needs: (NeedText & {
      id: string;
      revision: number;
      regionCode: string | null;
      cooperationModes: string[];
    })[] = needIds.length
      ? await this.db.query(
          `select id, revision, title, description, keywords, fields, region_code as "regionCode", cooperation_modes as "cooperationModes" from needs where id = any($1) and status = 'published'`,
          [needIds],
        )
      : [];
    const overrides = (await this.overridesOf(needs.map((n) => n.id))).filter((o) => o.providerId === providerId);
    const excluded = new Set(overrides.filter((o) => o.action === 'exclude').map((o) => o.needId));
    const records = await this.trackRecords.of([providerId]);
    const kept = needs
      .filter((n) => !excluded.has(n.id))
      .flatMap((n) => {
        const evidence = index.evidenceOf(this.needTerms(n), providerId);
        return evidence
          ? scoreCandidates(
              needFacts(n),
              [evidence],
              overrides.filter((o) => o.needId === n.id),
              records,
            )
          : [];
      })
      .sort(byScore)
      .slice(0, KEEP_PER_SUBJECT);
    const textOf = new Map(needs.map((n) => [n.id, n]));
    for (const c of kept) index.describe(this.needTerms(textOf.get(c.need.id)!), [c.evidence]);
    const rows = kept.map(explain);
    await this.db.transaction(async (m) => {
      await relaxedCommit(m);
      await m.query(
        'delete from matches where provider_id = $1 and (provider_revision <> $2 or algorithm_version <> $3)',
        [providerId, provider.revision, ALGORITHM_VERSION],
      );
      await this.insertPairs(m, rows);
      await done(m);
    });
  }

  /** A need's terms for a provider's run, kept by revision (see NEED_TERM_CACHE). */
  private needTerms(need: NeedText & { id: string; revision: number }): TermCounts {
    const key = `${need.id}:${need.revision}`;
    let counts = this.needTermCache.get(key);
    if (!counts) {
      counts = termCounts(needEvidenceText(need));
      if (this.needTermCache.size >= NEED_TERM_CACHE)
        this.needTermCache.delete(this.needTermCache.keys().next().value as string);
      this.needTermCache.set(key, counts);
    }
    return counts;
  }

  /**
   * One statement per 1 000 pairs, sent as one JSON document: TypeORM's insert builder spent more CPU binding 4 000
   * parameters than ranking took, and text arrays cost as much again in escaping (measured in re-match profiles).
   */
  private async insertPairs(m: EntityManager, pairs: PairRow[]): Promise<void> {
    // In (need, provider) order in every writer, so that a batch of needs and a provider's run sharing pairs cannot deadlock.
    const rows = [...pairs].sort((a, b) =>
      a.needId < b.needId
        ? -1
        : a.needId > b.needId
          ? 1
          : a.providerId < b.providerId
            ? -1
            : a.providerId > b.providerId
              ? 1
              : 0,
    );
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((r) => ({
        n: r.needId,
        p: r.providerId,
        c: r.pair.capabilityId,
        s: r.pair.score,
        r: r.pair.reasons,
        nr: r.needRevision,
        pr: r.providerRevision,
      }));
      await m.query(
        `insert into matches (need_id, provider_id, capability_id, score, reasons, algorithm_version, need_revision, provider_revision)
         select x.n, x.p, x.c, x.s, x.r, $2, x.nr, x.pr
           from jsonb_to_recordset($1::jsonb) as x(n uuid, p uuid, c uuid, s real, r jsonb, nr int, pr int)
          order by x.n, x.p
         on conflict (need_id, provider_id) do update set capability_id = excluded.capability_id, score = excluded.score,
           reasons = excluded.reasons, algorithm_version = excluded.algorithm_version, need_revision = excluded.need_revision,
           provider_revision = excluded.provider_revision, updated_at = now()
         where (matches.score, matches.reasons, matches.capability_id, matches.algorithm_version, matches.need_revision, matches.provider_revision)
           is distinct from (excluded.score, excluded.reasons, excluded.capability_id, excluded.algorithm_version, excluded.need_revision, excluded.provider_revision)`,
        [JSON.stringify(chunk), ALGORITHM_VERSION],
      );
    }
  }

  /** Replaces the tails of the ranked needs; needs no longer published (or gone) keep none. */
  private async writeTails(
    m: EntityManager,
    tails: { need: NeedFacts; pairs: ScoredCandidate[] }[],
    dropped: string[],
  ): Promise<void> {
    if (dropped.length) await m.query('delete from match_list_tails where need_id = any($1)', [dropped]);
    if (!tails.length) return;
    const rows = tails.map((t) => ({
      n: t.need.id,
      r: t.need.revision,
      p: t.pairs.map((x) => x.evidence.providerId).join(','),
      s: t.pairs.map((x) => x.scored.score).join(','),
    }));
    await m.query(
      `insert into match_list_tails (need_id, need_revision, algorithm_version, provider_ids, scores)
       select x.n, x.r, $2, string_to_array(x.p, ',')::uuid[], string_to_array(x.s, ',')::real[]
         from jsonb_to_recordset($1::jsonb) as x(n uuid, r int, p text, s text) order by x.n
       on conflict (need_id) do update set need_revision = excluded.need_revision, algorithm_version = excluded.algorithm_version,
         provider_ids = excluded.provider_ids, scores = excluded.scores, updated_at = now()`,
      [JSON.stringify(rows), ALGORITHM_VERSION],
    );
  }

  private overridesOf(needIds: string[]): Promise<MatchOverride[]> {
    return needIds.length ? this.db.getRepository(MatchOverride).findBy({ needId: In(needIds) }) : Promise.resolve([]);
  }

  /**
   * Marks runs ready, except one asked for again while it was computing (a newer `requested_at`): that one stays
   * pending and the newer job (or the sweeper) computes it again. PostgreSQL keeps microseconds and JavaScript
   * milliseconds, hence the truncation.
   */
  private async finishRuns(m: EntityManager, subjectType: MatchSubject, runs: RunDone[]): Promise<void> {
    const ordered = [...runs].sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
    await m.query(
      `insert into match_runs (subject_type, subject_id, revision, status, algorithm_version, requested_at, finished_at, duration_ms)
       select $1, x.id, x.revision, 'ready', $2, x.requested_at, now(), x.duration_ms
         from unnest($3::uuid[], $4::int[], $5::timestamptz[], $6::int[]) as x(id, revision, requested_at, duration_ms)
       on conflict (subject_type, subject_id) do update
         set revision = excluded.revision, status = 'ready', algorithm_version = excluded.algorithm_version,
             finished_at = excluded.finished_at, duration_ms = excluded.duration_ms, updated_at = now()
       where date_trunc('milliseconds', match_runs.requested_at) <= excluded.requested_at`,
      [
        subjectType,
        ALGORITHM_VERSION,
        ordered.map((r) => r.subjectId),
        ordered.map((r) => r.revision),
        ordered.map((r) => r.requestedAt),
        ordered.map((r) => r.durationMs),
      ],
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

/**
 * Lets other jobs of this worker go on between two needs of a batch: ranking 50 needs in one go held the event loop
 * for a second or more, and a need someone had just published waited behind every such batch in flight at each of
 * its own database round trips.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function isDone(n: NeedToRank): boolean {
  return n.runStatus === 'ready' && n.runRevision === n.revision && n.runAlgorithm === ALGORITHM_VERSION;
}

interface ScoredCandidate {
  need: NeedFacts;
  evidence: Evidence;
  options: PairOptions;
  scored: { score: number; features: Features };
}

const byScore = (a: ScoredCandidate, b: ScoredCandidate) =>
  b.scored.score - a.scored.score || (a.evidence.providerId < b.evidence.providerId ? -1 : 1);

/** A need's candidates scored, best first, above the noise floor (pins always), excluded ones left out. */
function scoreCandidates(
  need: NeedFacts,
  candidates: Evidence[],
  overrides: MatchOverride[],
  records: Map<string, TrackRecord>,
): ScoredCandidate[] {
  const excluded = new Set(overrides.filter((o) => o.action === 'exclude').map((o) => o.providerId));
  const pinned = new Set(overrides.filter((o) => o.action === 'pin').map((o) => o.providerId));
  return candidates
    .filter((e) => !excluded.has(e.providerId))
    .map((evidence) => {
      const options = { pinned: pinned.has(evidence.providerId), record: records.get(evidence.providerId) };
      return { need, evidence, options, scored: scorePair(need, evidence, options) };
    })
    .filter((p) => p.scored.score >= MIN_SCORE)
    .sort(byScore);
}

function explain(c: ScoredCandidate): PairRow {
  return {
    needId: c.need.id,
    providerId: c.evidence.providerId,
    pair: explainPair(c.need, c.evidence, c.scored, c.options),
    needRevision: c.need.revision,
    providerRevision: c.evidence.revision,
  };
}
