import type { AlertsKey } from './zh-CN.alerts';

/** English: saved searches and alerts. */
const enAlerts: Record<AlertsKey, string> = {
  'alerts.save': 'Save this search',
  'alerts.saveTitle': 'Save the search and get new results',
  'alerts.saveIntro':
    'When listings matching it are published or updated, you hear of them in the inbox and by e-mail (each listing once per saved search; nothing is sent from 22:00 to 08:00).',
  'alerts.name': 'Name',
  'alerts.nameRequired': 'Give the saved search a name',
  'alerts.criteria': 'Search',
  'alerts.query': 'Words',
  'alerts.frequency': 'How often',
  'alerts.frequency.immediate': 'Immediately (as soon as there is something new)',
  'alerts.frequency.daily': 'Daily digest (08:00)',
  'alerts.saved': 'Saved. Change or pause it under My saved searches.',
  'alerts.signInToSave': 'Sign in to save searches and hear of new results',
  'alerts.providersNotSupported': 'Searches for experts, societies and workstations cannot be saved yet',
  'alerts.mine': 'My saved searches',
  'alerts.mineIntro': 'Your saved searches and their alerts; only you can see and change them.',
  'alerts.empty': 'No saved searches yet: use “Save this search” on the search page.',
  'alerts.kind.needs': 'Needs',
  'alerts.kind.capabilities': 'Capabilities',
  'alerts.kind.matches': 'Needs you could solve',
  'alerts.paused': 'Paused',
  'alerts.active': 'Active',
  'alerts.pauseToggle': 'Alerts on',
  'alerts.waiting': 'Waiting',
  'alerts.delivered': 'Sent',
  'alerts.delete': 'Delete',
  'alerts.deleteConfirm': 'Delete this saved search?',
  'alerts.deleted': 'Deleted',
  'alerts.updated': 'Updated',
  'alerts.minScore': 'Lowest match score',
  'alerts.expertTitle': 'New needs you could solve (experts)',
  'alerts.expertIntro':
    'Hear of new needs that matching ranks your expert profile for at or above the score you choose.',
  'alerts.expertCreate': 'Subscribe',
  'alerts.expertName': 'New needs I could solve',
  'alerts.unsubscribeTitle': 'Unsubscribe from a saved search',
  'alerts.unsubscribeIntro':
    'Once you confirm, this saved search sends no more inbox messages or e-mails. No sign-in needed; you can resume it under My saved searches.',
  'alerts.unsubscribeConfirm': 'Unsubscribe',
  'alerts.unsubscribed': 'Unsubscribed from “{name}”: it sends nothing more.',
  'alerts.unsubscribeMissing': 'The link is incomplete: use the whole unsubscribe link from the e-mail.',
};

export default enAlerts;
