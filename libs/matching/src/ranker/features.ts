import { regionProximity } from '@app/reference';
import type { Evidence } from '../evidence/evidence-index';
import { NeedFacts, ProviderFacts } from './facts';

/**
 * Pairwise features: each depends only on the need and the provider, so a pair scores the same from either side.
 * The concept-space similarities of v1 (core and full-text cosine, coverage, best capability and publication fit, and
 * their cross-lingual copies) are gone: fitted without them, held-out nDCG@10 moved by -0.010 (own dev set), +0.010
 * (CSL), +0.005 (CSFCube) and +0.002 (CCL), and they took a third of the worker's CPU in a re-match profile.
 */
export const FEATURE_NAMES = [
  'fieldOverlap',
  'regionFit',
  'available',
  'kindFitsMode',
  'evidenceWhole',
  'evidenceBestDocument',
  'evidenceNextDocuments',
  'fieldEvidence',
  'crossLingual',
  'crossEvidenceWhole',
  'semanticEnglish',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const REGION_VALUE = { 'same-county': 1, 'same-city': 1, 'same-province': 0.5, other: 0, unknown: 0.25 } as const;

/** Which provider kinds suit which cooperation modes (joint R&D wants experts and workstations; training, societies). */
const KIND_MODE_FIT: Record<string, Partial<Record<ProviderFacts['kind'], number>>> = {
  joint_rnd: { expert: 1, workstation: 1, society: 0.5 },
  tech_transfer: { expert: 1, workstation: 0.8, society: 0.5 },
  consulting: { expert: 1, society: 1, workstation: 0.8 },
  training: { society: 1, workstation: 0.8, expert: 0.6 },
  shared_equipment: { workstation: 1, society: 0.6, expert: 0.3 },
};

/** The evidence index's IDF-weighted similarities; a provider it did not recall has none. */
export const NO_EVIDENCE = { whole: 0, bestDocument: 0, nextDocuments: 0, field: 0, crossLingual: 0, semantic: 0 };

export function computeFeatures(
  need: Omit<NeedFacts, 'id' | 'revision'>,
  provider: ProviderFacts,
  evidence: Pick<
    Evidence,
    'whole' | 'bestDocument' | 'nextDocuments' | 'field' | 'crossLingual' | 'semantic'
  > = NO_EVIDENCE,
): Features {
  const modeFits = need.modes.map((m) => KIND_MODE_FIT[m]?.[provider.kind] ?? 0.5);
  let fieldOverlap = 0;
  for (const code of need.fieldCodes)
    if (provider.fieldCodes.has(code)) fieldOverlap = code.includes('.') ? 1 : Math.max(fieldOverlap, 0.5);
  return {
    fieldOverlap,
    regionFit: REGION_VALUE[regionProximity(need.regionCode, provider.regionCode)],
    available: provider.available ? 1 : 0,
    kindFitsMode: modeFits.length ? Math.max(...modeFits) : 0.5,
    evidenceWhole: evidence.whole,
    evidenceBestDocument: evidence.bestDocument,
    evidenceNextDocuments: evidence.nextDocuments,
    fieldEvidence: evidence.field,
    // Across languages only the dictionary links the texts: the same similarity deserves another weight there.
    crossLingual: evidence.crossLingual,
    crossEvidenceWhole: evidence.crossLingual * evidence.whole,
    // English against English: the two texts' closeness in the latent space of the providers' own texts (LSA).
    semanticEnglish: evidence.semantic,
  };
}
