import type zhCNHandover from './zh-CN.handover';

/** English: the hand-over of concierge accounts, unified social credit codes, the account's language. */
const enHandover: Record<keyof typeof zhCNHandover, string> = {
  'concierge.creditCode': 'Unified social credit code',
  'concierge.creditCodeHint': 'Optional, 18 characters, on the business licence',
  'concierge.accounts': 'Accounts set up on users’ behalf',
  'concierge.accountsHint':
    'Accounts created for users in your jurisdiction and how far their hand-over has got. Times are China Standard Time.',
  'concierge.col.account': 'Account',
  'concierge.col.organization': 'Organisation',
  'concierge.col.createdBy': 'Set up by',
  'concierge.col.createdAt': 'Created',
  'concierge.col.state': 'Hand-over',
  'concierge.col.link': 'Hand-over link',
  'concierge.state.invited': 'Link sent, password not set yet',
  'concierge.state.claimed': 'Taken over by the user',
  'concierge.state.expired': 'Link expired',
  'concierge.state.revoked': 'Link withdrawn',
  'concierge.stateFilter': 'Hand-over state',
  'concierge.linkUntil': 'works until {date}',
  'concierge.claimedAt': 'taken over {date}',
  'concierge.copyLink': 'New link, copied',
  'concierge.copyLinkHint':
    'A link is shown only once and cannot be recovered; a new link makes the old one stop working.',
  'concierge.copied': 'The new hand-over link is copied; the old link no longer works',
  'concierge.copyFailed': 'The browser did not allow copying; copy the link below by hand',
  'concierge.newLink': 'New hand-over link for {name}',
  'concierge.total': '{n} accounts',
  'orgAdmin.edit': 'Edit',
  'orgAdmin.editTitle': 'Edit organisation: {name}',
  'orgAdmin.name': 'Organisation name',
  'orgAdmin.creditCode': 'Unified social credit code',
  'orgAdmin.save': 'Save',
  'orgAdmin.saved': 'Saved',
  'account.languageSaved': 'Saved: your inbox and e-mails will be in {language}',
  'account.languageFailed': 'The language was not saved to your account: {detail}',
  'account.languageName.zh-CN': 'Chinese',
  'account.languageName.en': 'English',
};

export default enHandover;
