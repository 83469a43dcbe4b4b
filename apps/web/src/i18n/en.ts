import alerts from './en.alerts';
import brokerage from './en.brokerage';
import insights from './en.insights';
import workspaces from './en.workspaces';
import events from './en.events';
import challenges from './en.challenges';
import pages from './en.pages';
import handover from './en.handover';
import type { MessageKey } from './zh-CN';

/** English. The type makes a missing or extra key a compile error. */
const en: Record<MessageKey, string> = {
  ...workspaces,
  ...brokerage,
  ...insights,
  ...events,
  ...alerts,
  ...challenges,
  ...pages,
  ...handover,
  'app.title': 'Technology matchmaking marketplace',
  'app.brand': 'Tech Match',
  'app.footer': 'Technology matchmaking marketplace · enterprises ask, experts answer, associations broker',

  'nav.main': 'Main navigation',
  'nav.skip': 'Skip to main content',
  'nav.openMenu': 'Open menu',
  'nav.search': 'Find needs & experts',
  'nav.coordinator': 'Coordinator workbench',
  'nav.enterprise': 'Enterprise needs',
  'nav.expert': 'Experts & societies',
  'nav.language': 'Language',
  'nav.organization': 'Acting for',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.account': 'My account',
  'nav.notifications': 'Notifications',

  'orgType.enterprise': 'Enterprise',
  'orgType.society': 'Society',
  'orgType.workstation': 'Expert workstation',
  'orgType.university': 'University',
  'orgType.institute': 'Research institute',
  'orgType.association': 'Association',
  'orgType.platform': 'Platform',

  'common.forbidden': 'Your account may not open this area',
  'common.notYetAvailable': 'The API for this feature is not available yet',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.submit': 'Submit',
  'common.reason': 'Reason',
  'common.loading': 'Loading…',
  'common.back': 'Back',
  'common.saved': 'Saved',

  'notifications.title': 'Notifications',

  'search.title': 'Technical needs and capabilities',
  'search.placeholder': 'Keywords in Chinese or English, e.g. battery materials',
  'search.button': 'Search',
  'search.kind.needs': 'Needs',
  'search.kind.capabilities': 'Capabilities',
  'search.kind.providers': 'Experts, societies, workstations',
  'search.total': '{total} results',
  'search.empty': 'Nothing found: try other words or fewer filters',
  'search.facets': 'Filters',
  'search.noFacets': 'No filters for these results',

  'facet.field': 'Field',
  'facet.region': 'Region',
  'facet.mode': 'Cooperation mode',
  'facet.providerType': 'Type',
  'facet.status': 'Status',

  'mode.joint_rnd': 'Joint R&D',
  'mode.tech_transfer': 'Technology transfer',
  'mode.consulting': 'Consulting',
  'mode.training': 'Training',
  'mode.shared_equipment': 'Shared equipment',
  'mode.other': 'Other',

  'status.draft': 'Draft',
  'status.submitted': 'In review',
  'status.published': 'Published',
  'status.returned': 'Returned',
  'status.closed': 'Closed',
  'status.expired': 'Expired',
  'status.resolved': 'Resolved',

  'providerKind.expert': 'Expert',
  'providerKind.society': 'Society',
  'providerKind.workstation': 'Expert workstation',

  'signIn.title': 'Sign in',
  'signIn.intro': 'One entrance for enterprises, experts and association coordinators.',
  'signIn.email': 'E-mail or mobile number',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',

  'coordinator.needs': 'Needs & matches',
  'coordinator.import': 'Bulk import',

  'match.title': 'Suggested matches',
  'match.scoreLabel': 'Match score {score} out of 100',
  'match.pending': 'Matching is running; results refresh by themselves…',
  'match.none': 'No matches yet',
  'match.pinned': 'Pinned',
  'match.unavailable': 'Not taking new work',
  'match.openEngagements': '{n} introduction(s) under way',
  'match.pastOutcomes': 'Earlier suggestions: {good} went well, {bad} did not',
  'match.region.same-county': 'Same county',
  'match.region.same-city': 'Same city',
  'match.region.same-province': 'Same province',
  'match.region.other': 'Other province',
  'match.matchedTerms': 'Matched keywords and fields',
  'match.evidence': 'Evidence',
  'match.capability': 'Capability',
  'match.publication': 'Publication',

  'import.columnsAre':
    'Header (first row): {columns}. Chinese headers or the English field names both work; separate several values in a cell with 、 or ;.',
  'import.formats':
    'Accepts .xlsx, CSV (comma, semicolon or tab separated; UTF-8 or the GBK/GB18030 encoding Excel uses for Chinese) and JSON.',
  'import.template': 'Download the template',
  'import.error.encoding':
    'The file’s encoding is neither UTF-8 nor GBK/GB18030. Save it from Excel as “CSV UTF-8” or upload the .xlsx, then try again; nothing was imported.',
  'import.error.empty': 'The file is empty: there are no rows to import',
  'import.error.header':
    'The first row is not a header (read: {detail}). Use the template’s header, e.g. 外部编号, 姓名或名称, 需求标题.',
  'import.error.json': 'The JSON is malformed: {detail}',
  'import.error.xlsx': 'The Excel file cannot be read: {detail}',
  'import.title': 'Bulk import',
  'import.intro':
    'Upload an Excel, CSV or JSON file: it is parsed in your browser and sent in batches. Rows with errors are listed by row number; the other rows are imported. Importing the same file again creates no duplicates.',
  'import.kind': 'What to import',
  'import.kind.providers': 'Experts, societies, workstations',
  'import.kind.needs': 'Technical needs',
  'import.kind.capabilities': 'Capabilities',
  'import.choose': 'Click or drop an Excel (.xlsx), CSV or JSON file here',
  'import.rowsRead': '{rows} rows read',
  'import.start': 'Import',
  'import.progress': 'Import progress',
  'import.report': 'Import report',
  'import.created': 'Created',
  'import.updated': 'Updated',
  'import.unchanged': 'Unchanged',
  'import.failed': 'Failed rows',
  'import.row': 'Row',
  'import.externalId': 'External id',
  'import.field': 'Field',
  'import.message': 'Problem',
};

export default en;
