/** Why a candidate was ranked where it is: machine-readable evidence plus one sentence per language. */
export interface MatchReasons {
  matchedKeywords: string[];
  matchedFields: string[];
  matchedPublications: { title: string; year: number | null }[];
  matchedCapability: { id: string; title: string } | null;
  /** The provider's documents (profile text, capabilities, publications) that carried the score, best first. */
  evidence: { kind: 'profile' | 'capability' | 'publication'; title: string; similarity: number }[];
  region: 'same-county' | 'same-city' | 'same-province' | 'other' | 'unknown';
  available: boolean;
  pinned: boolean;
  /** Past outcomes and open introductions of the provider, and the log-odds they add; null without any. */
  trackRecord: {
    openEngagements: number;
    positiveOutcomes: number;
    negativeOutcomes: number;
    adjustment: number;
  } | null;
  features: Record<string, number>;
  summary: { 'zh-CN': string; en: string };
}
