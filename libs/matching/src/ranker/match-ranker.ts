import { regionProximity } from '@app/reference';
import { createHash } from 'node:crypto';
import { computeFeatures, FEATURE_NAMES, Features } from './features';
import { NeedFacts } from './facts';
import { MatchReasons } from './match-reasons';
import type { TrackRecord } from '../track-record/outcome-model';
import type { Evidence } from '../evidence/evidence-index';
import weightsFile from './weights.json';

export interface RankerWeights {
  version: string;
  bias: number;
  weights: Record<string, number>;
}

export const DEFAULT_WEIGHTS: RankerWeights = weightsFile;
/**
 * Pairs under this score are noise, not candidates. The score is a calibrated probability, and a fair fit often
 * scores low: on the development set 37 % of the good-fit pairs (grade 2) score under 1, none under 0.1. A floor of 1
 * left 41 % of the labelled providers out of the lists (nDCG@10 0.741, pairwise loss 0.435); 0.1 leaves 8.5 %
 * (0.771, 0.176), the rest being recall misses.
 */
export const MIN_SCORE = 0.1;
/**
 * How many of a need's best pairs are explained and stored as rows (what a coordinator reads, and the pairs other
 * modules look up); the rest of the list is kept as ids and scores only (`match_list_tails`): writing 500 explained
 * rows per need was most of a re-match's cost.
 */
export const EXPLAINED_PER_NEED = 50;
/** Changes whenever the features, the weights or the floor change, so stored matches of an older ranker are recomputed. */
export const ALGORITHM_VERSION = `ranker-${DEFAULT_WEIGHTS.version}-${createHash('sha1')
  .update(
    JSON.stringify([FEATURE_NAMES, DEFAULT_WEIGHTS, MIN_SCORE, 'track-record-1', 'evidence-2', EXPLAINED_PER_NEED]),
  )
  .digest('hex')
  .slice(0, 8)}`;

export interface ScoredPair {
  score: number;
  features: Features;
  reasons: MatchReasons;
  capabilityId: string | null;
}

/**
 * The score scale, in one place: a logistic model over pairwise features, fitted on labelled pairs, turned
 * into 0–100. Because it is a probability of a good fit and not a rank within one need, 80 means the same for every need.
 * `adjustment` is the provider's track record (past outcomes and load) in log-odds.
 */
export function scoreOf(features: Features, weights: RankerWeights = DEFAULT_WEIGHTS, adjustment = 0): number {
  let z = weights.bias + adjustment;
  for (const name of FEATURE_NAMES) z += (weights.weights[name] ?? 0) * features[name];
  return Math.round(10000 / (1 + Math.exp(-z))) / 100;
}

/** Score only: what ranking needs for every candidate. Reasons are built afterwards for the pairs that are kept. */
export interface PairOptions {
  pinned?: boolean;
  weights?: RankerWeights;
  record?: TrackRecord;
}

export function scorePair(
  need: NeedFacts,
  evidence: Evidence,
  options: PairOptions = {},
): { score: number; features: Features } {
  const features = computeFeatures(need, evidence.facts, evidence);
  return { score: options.pinned ? 100 : scoreOf(features, options.weights, options.record?.adjustment), features };
}

/** Reasons from the evidence index alone: the documents and words that carried the score, fields and region. */
export function explainPair(
  need: NeedFacts,
  evidence: Evidence,
  { score, features }: { score: number; features: Features },
  options: PairOptions = {},
): ScoredPair {
  const record = options.record ?? null;
  const { facts } = evidence;
  const capability = evidence.bestCapability?.ref
    ? { id: evidence.bestCapability.ref, title: evidence.bestCapability.title }
    : null;
  const publications = evidence.publications.map((d) => ({ title: d.title, year: d.year }));
  const region = regionProximity(need.regionCode, facts.regionCode);
  const reasons: MatchReasons = {
    matchedKeywords: evidence.matchedTerms,
    matchedFields: [...need.fieldCodes].filter((c) => facts.fieldCodes.has(c)),
    matchedPublications: publications,
    matchedCapability: capability,
    evidence: evidence.documents.map((d) => ({ kind: d.kind, title: d.title, similarity: d.similarity })),
    region,
    available: facts.available,
    pinned: !!options.pinned,
    trackRecord: record && { ...record, adjustment: Math.round(record.adjustment * 1000) / 1000 },
    features: Object.fromEntries(Object.entries(features).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
    summary: summarize(evidence.matchedTerms, publications.length, region, score, record),
  };
  return { score, features, reasons, capabilityId: capability?.id ?? null };
}

export function rankPair(need: NeedFacts, evidence: Evidence, options: PairOptions = {}): ScoredPair {
  return explainPair(need, evidence, scorePair(need, evidence, options), options);
}

/**
 * Reasons of a pair below a need's explained head (only its score is stored): what the score and the two listings say,
 * and that the evidence is not itemised, so the shape stays that of every other item.
 */
export function tailReasons(score: number, region: MatchReasons['region'], available: boolean): MatchReasons {
  const shown = shownScore(score);
  return {
    matchedKeywords: [],
    matchedFields: [],
    matchedPublications: [],
    matchedCapability: null,
    evidence: [],
    region,
    available,
    pinned: false,
    trackRecord: null,
    features: {},
    summary: {
      'zh-CN': `匹配度 ${shown}：排在前 ${EXPLAINED_PER_NEED} 名之后，证据未逐项列出；${REGION_TEXT[region].zh}。`,
      en: `Fit ${shown}: ranked below the first ${EXPLAINED_PER_NEED}, evidence not itemised; ${REGION_TEXT[region].en}.`,
    },
  };
}

/** The score as a sentence shows it: a whole number, or "<1" for a pair below half a point. */
const shownScore = (score: number) => (score < 0.5 ? '<1' : String(Math.round(score)));

const REGION_TEXT = {
  'same-county': { zh: '同一区县', en: 'in the same county' },
  'same-city': { zh: '同城', en: 'in the same city' },
  'same-province': { zh: '同省', en: 'in the same province' },
  other: { zh: '跨省', en: 'in another province' },
  unknown: { zh: '地区未知', en: 'region unknown' },
} as const;

function summarize(
  keywords: string[],
  publicationCount: number,
  region: MatchReasons['region'],
  score: number,
  record: TrackRecord | null,
): MatchReasons['summary'] {
  const kw = keywords.slice(0, 4);
  const outcomes = record && record.positiveOutcomes + record.negativeOutcomes;
  const zhParts = [
    kw.length ? `关键词“${kw.join('、')}”相符` : '主题相关',
    publicationCount ? `${publicationCount} 项成果/论文相关` : '',
    REGION_TEXT[region].zh,
    outcomes ? `以往推荐 ${record.positiveOutcomes} 项成功、${record.negativeOutcomes} 项未成` : '',
    record?.openEngagements ? `在谈对接 ${record.openEngagements} 项` : '',
  ].filter(Boolean);
  const enParts = [
    kw.length ? `shares ${kw.join(', ')}` : 'related topic',
    publicationCount ? `${publicationCount} related publication(s)` : '',
    REGION_TEXT[region].en,
    outcomes ? `earlier suggestions: ${record.positiveOutcomes} went well, ${record.negativeOutcomes} did not` : '',
    record?.openEngagements ? `${record.openEngagements} introduction(s) under way` : '',
  ].filter(Boolean);
  const shown = shownScore(score);
  return { 'zh-CN': `匹配度 ${shown}：${zhParts.join('；')}。`, en: `Fit ${shown}: ${enParts.join('; ')}.` };
}
