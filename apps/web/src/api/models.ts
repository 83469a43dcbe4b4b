/**
 * Response shapes for handlers whose OpenAPI operation declares no response schema yet. Requests (paths,
 * parameters, bodies) always come from schema.d.ts; when the API documents a response, prefer its schema.
 */
export type Language = 'zh-CN' | 'en';
export type OrganizationType = 'enterprise' | 'society' | 'workstation' | 'university' | 'institute' | 'association' | 'platform';

export interface Organization {
  id: string;
  type: OrganizationType;
  name: string;
  regionCode: string | null;
  jurisdictionRegionCode: string | null;
}

export interface Membership {
  organizationId: string;
  organizationType: OrganizationType;
  role: 'member' | 'admin';
  jurisdictionRegionCode: string | null;
  organization?: Organization;
}

export interface Me {
  userId: string;
  isAdmin: boolean;
  locale: Language;
  displayName?: string;
  email?: string | null;
  memberships: Membership[];
}

/** The console's sign-in answer: the refresh token is in the HttpOnly cookie, not here. */
export interface LoginResult {
  accessToken: string;
}

export interface SearchHit {
  id: string;
  externalId: string | null;
  title: string;
  highlightedTitle?: string;
  snippet: string;
  keywords?: string[];
  status?: string;
  providerType?: string;
  providerName?: string;
  organizationName?: string | null;
  affiliation?: string | null;
  fieldCodes?: string[];
  regionCodes?: string[];
  modes?: string[];
  [key: string]: unknown;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  page: number;
  limit: number;
  facets: Record<string, Record<string, number>>;
}

export interface MatchReasons {
  matchedKeywords: string[];
  matchedFields: string[];
  matchedPublications: { title: string; year: number | null }[];
  matchedCapability: { id: string; title: string } | null;
  region: 'same-county' | 'same-city' | 'same-province' | 'other' | 'unknown';
  available: boolean;
  pinned: boolean;
  /** Past outcomes and open introductions of the provider; null without any. */
  trackRecord?: { openEngagements: number; positiveOutcomes: number; negativeOutcomes: number; adjustment: number } | null;
  summary: Record<Language, string>;
}

export interface NeedMatch {
  providerType: string;
  providerId: string;
  externalId: string | null;
  name: string;
  score: number;
  capabilityId: string | null;
  reasons: MatchReasons;
  [key: string]: unknown;
}

export interface ProviderMatch {
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

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: { index: number; externalId?: string; errors: { field: string; constraint: string; message: string }[] }[];
  warnings: { index: number; field: string; message: string }[];
  ids: Record<string, string>;
}

export interface RegionItem {
  code: string;
  name: string;
  nameEn: string | null;
  fullName: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
}

export interface FieldItem {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  hasChildren: boolean;
}

export type LifecycleState = 'draft' | 'submitted' | 'published' | 'closed' | 'expired' | 'resolved' | 'revision_submitted' | 'revision_returned';
export type ListingAction = 'update' | 'submit' | 'approve' | 'return' | 'close' | 'resolve';

export interface NeedContent {
  title: string;
  description: string;
  fields: string[];
  fieldCodes?: (string | null)[];
  keywords: string[];
  regionCode: string | null;
  regionName?: string | null;
  cooperationModes: string[];
  budgetMin: number | null;
  budgetMax: number | null;
  deadline: string | null;
  confidentialDetails?: string | null;
  confidentialAttachments?: { name: string; url: string }[];
}

export interface NeedView extends NeedContent {
  id: string;
  externalId: string | null;
  organizationId: string;
  organizationName: string | null;
  status: string;
  state: LifecycleState;
  revision: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  returnReason?: string | null;
  pendingRevision?: (Partial<NeedContent> & { status: string; submittedAt: string | null; returnReason: string | null }) | null;
  allowedActions: ListingAction[];
}

export interface CapabilityView {
  id: string;
  providerId: string;
  providerName?: string | null;
  status: string;
  state: LifecycleState;
  title: string;
  description: string;
  fields: string[];
  keywords: string[];
  serviceModes: string[];
  regionCodes: string[];
  availability: string | null;
  returnReason?: string | null;
  pendingRevision?: (Partial<Omit<CapabilityView, 'pendingRevision'>> & { status: string; returnReason: string | null }) | null;
  allowedActions: ListingAction[];
  [key: string]: unknown;
}

export interface ReviewQueueItem {
  type: 'need' | 'capability';
  id: string;
  title: string;
  state: 'submitted' | 'revision_submitted';
  revision: number;
  regionCode: string | null;
  regionName: string | null;
  ownerName: string | null;
  submittedAt: string;
  waitingSeconds: number;
  previousReturn: { reason: string | null; returnedAt: string; content: Record<string, unknown> | null } | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface ExpertWork {
  kind?: 'publication' | 'patent' | 'achievement';
  title: string;
  abstract?: string;
  year?: number | null;
}

export interface ExpertProfile {
  id: string;
  name: string;
  title: string | null;
  affiliation: string | null;
  regionCode: string | null;
  fields: string[];
  keywords: string[];
  bio: string;
  available: boolean;
  contactEmail: string | null;
  contactPhone: string | null;
  revision: number;
  publications: ExpertWork[];
}
