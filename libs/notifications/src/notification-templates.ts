export type Locale = 'zh-CN' | 'en';

/** A value already worded in both languages (a status, a reason) or a plain value shown as is. */
export type Localized = { 'zh-CN': string; en: string };
export type NotificationParams = Record<string, string | number | null | Localized>;

type Template = Record<Locale, { title: string; body: string }>;

/** Every kind of notification the platform sends, worded in Chinese and English. `{name}` is filled from the params. */
export const NOTIFICATION_TEMPLATES = {
  'introduction.invited': {
    'zh-CN': {
      title: '对接邀请：{needTitle}',
      body: '科协协调员为您推荐了一项对接：需求“{needTitle}”与{counterpartName}。请在平台查看对方的公开信息，选择接受或婉拒。双方都接受后，平台会向双方展示联系方式。{note}',
    },
    en: {
      title: 'Introduction: {needTitle}',
      body: 'A coordinator suggests an introduction between the need "{needTitle}" and {counterpartName}. Review their public profile on the platform and accept or decline. Contact details are shared once both sides have accepted. {note}',
    },
  },
  'introduction.requested': {
    'zh-CN': {
      title: '对接申请待审批：{needTitle}',
      body: '{requesterName}申请就需求“{needTitle}”与{providerName}对接（{origin}）。留言：{message}',
    },
    en: {
      title: 'Introduction request: {needTitle}',
      body: '{requesterName} asks for an introduction between the need "{needTitle}" and {providerName} ({origin}). Message: {message}',
    },
  },
  'introduction.request_declined': {
    'zh-CN': {
      title: '对接申请暂未通过：{needTitle}',
      body: '关于需求“{needTitle}”与{providerName}的对接申请暂未通过。协调员说明：{reason}。感谢您的理解。',
    },
    en: {
      title: 'Introduction request not approved: {needTitle}',
      body: 'The request to introduce the need "{needTitle}" and {providerName} was not approved. The coordinator notes: {reason}. Thank you for understanding.',
    },
  },
  'introduction.declined': {
    'zh-CN': {
      title: '对接被婉拒：{needTitle}',
      body: '{sideName}婉拒了与{counterpartName}的对接。原因：{reasonCode}{reasonText}。可在平台一键获取下一批候选服务方。',
    },
    en: {
      title: 'Introduction declined: {needTitle}',
      body: '{sideName} declined the introduction to {counterpartName}. Reason: {reasonCode}{reasonText}. You can fetch the next-best candidates on the platform.',
    },
  },
  'introduction.not_proceeding': {
    'zh-CN': {
      title: '对接未能继续：{needTitle}',
      body: '很遗憾，本次与{counterpartName}的对接暂未能继续。感谢您的参与，协调员会继续为您寻找合适的合作方。',
    },
    en: {
      title: 'Introduction not going ahead: {needTitle}',
      body: 'Unfortunately the introduction with {counterpartName} will not go ahead this time. Thank you for taking part; your coordinator will keep looking for a good fit.',
    },
  },
  'introduction.accepted': {
    'zh-CN': {
      title: '双方已接受对接：{needTitle}',
      body: '{enterpriseName}与{providerName}均已接受对接。联系方式和需求的详细信息已向双方开放，请在平台查看并约定会面。',
    },
    en: {
      title: 'Both sides accepted: {needTitle}',
      body: '{enterpriseName} and {providerName} have both accepted. Contact details and the full need are now visible to both sides on the platform; please arrange a meeting.',
    },
  },
  'engagement.updated': {
    'zh-CN': {
      title: '对接进展：{status}',
      body: '“{needTitle}”（{enterpriseName} × {providerName}）的对接进展更新为：{status}。{detail}',
    },
    en: {
      title: 'Engagement update: {status}',
      body: 'The engagement on "{needTitle}" ({enterpriseName} × {providerName}) moved to: {status}. {detail}',
    },
  },
  'engagement.message': {
    'zh-CN': { title: '新消息：{needTitle}', body: '{senderName}：{excerpt}' },
    en: { title: 'New message: {needTitle}', body: '{senderName}: {excerpt}' },
  },
  'reminder.invitation_unanswered': {
    'zh-CN': {
      title: '提醒：对接邀请待回复',
      body: '您关于“{needTitle}”的对接邀请（对方：{counterpartName}）已等待 {days} 天，请尽快在平台回复。',
    },
    en: {
      title: 'Reminder: an introduction awaits your answer',
      body: 'Your introduction on "{needTitle}" (with {counterpartName}) has been waiting for {days} days. Please answer on the platform.',
    },
  },
  'reminder.invitation_escalated': {
    'zh-CN': {
      title: '对接邀请长时间未回复：{needTitle}',
      body: '{enterpriseName} × {providerName} 的对接邀请已发出 {days} 天，{pendingSides}仍未回复，请跟进。',
    },
    en: {
      title: 'Introduction unanswered: {needTitle}',
      body: 'The introduction {enterpriseName} × {providerName} was sent {days} days ago and {pendingSides} has not answered. Please follow up.',
    },
  },
  'reminder.invitation_expired': {
    'zh-CN': {
      title: '对接邀请已过期：{needTitle}',
      body: '{enterpriseName} × {providerName} 的对接邀请在 {days} 天内未获双方答复，已过期。可在平台一键获取下一批候选服务方。',
    },
    en: {
      title: 'Introduction expired: {needTitle}',
      body: 'The introduction {enterpriseName} × {providerName} was not answered within {days} days and has expired. You can fetch the next-best candidates on the platform.',
    },
  },
  'reminder.meeting_outcome': {
    'zh-CN': {
      title: '请反馈会面结果：{needTitle}',
      body: '您与{counterpartName}约定于 {meetingAt} 的会面已过。请在平台更新进展：进入洽谈、签约或结束对接。',
    },
    en: {
      title: 'How did the meeting go? {needTitle}',
      body: 'Your meeting with {counterpartName} on {meetingAt} has passed. Please record the outcome on the platform: negotiating, signed, or closed.',
    },
  },
  'reminder.agreement_followup': {
    'zh-CN': {
      title: '签约 {days} 天回访：{needTitle}',
      body: '您与{counterpartName}签约已 {days} 天。技术是否已投入使用？取得了哪些成效？欢迎在平台留言反馈。',
    },
    en: {
      title: '{days}-day follow-up: {needTitle}',
      body: 'It is {days} days since you signed with {counterpartName}. Is the technology in use? What results has it brought? Tell us on the platform.',
    },
  },
  'reminder.need_unmatched': {
    'zh-CN': {
      title: '需求 {days} 天未达成对接：{needTitle}',
      body: '需求“{needTitle}”发布已 {days} 天，仍没有双方接受的对接。平台已重新计算匹配结果，请查看并推荐服务方。',
    },
    en: {
      title: 'No accepted introduction in {days} days: {needTitle}',
      body: 'The need "{needTitle}" was published {days} days ago and has no accepted introduction yet. Matches are being recomputed; please review them and introduce a provider.',
    },
  },
  'reminder.review_overdue': {
    'zh-CN': {
      title: '待审核超时：{listingTitle}',
      body: '“{listingTitle}”提交已超过 {workingDays} 个工作日仍未审核，请尽快处理。',
    },
    en: {
      title: 'Review overdue: {listingTitle}',
      body: '"{listingTitle}" was submitted more than {workingDays} working days ago and is still waiting for review.',
    },
  },
  'reminder.listing_reconfirm': {
    'zh-CN': {
      title: '请确认信息是否仍然有效：{listingTitle}',
      body: '您发布的“{listingTitle}”已 {days} 天未更新。请在 {graceDays} 天内在平台确认仍然有效，逾期将自动标记为过期。',
    },
    en: {
      title: 'Is this still current? {listingTitle}',
      body: 'Your listing "{listingTitle}" has not been updated for {days} days. Please confirm on the platform within {graceDays} days that it is still current, or it will expire.',
    },
  },
  'reminder.listing_expired': {
    'zh-CN': {
      title: '信息已过期：{listingTitle}',
      body: '“{listingTitle}”在 {graceDays} 天内未获确认，已标记为过期，不再出现在搜索和匹配结果中。如仍有效，可重新发布。',
    },
    en: {
      title: 'Listing expired: {listingTitle}',
      body: '"{listingTitle}" was not confirmed within {graceDays} days and has expired; it no longer appears in search or matches. Publish it again if it is still current.',
    },
  },
  'workload.assigned': {
    'zh-CN': {
      title: '分派给您跟进：{itemTitle}',
      body: '{assignerName}把“{itemTitle}”分派给您跟进，可在协调员工作台的“我的待办”中查看。{note}',
    },
    en: {
      title: 'Assigned to you: {itemTitle}',
      body: '{assignerName} assigned "{itemTitle}" to you to follow up; it is in My work on the coordinator desk. {note}',
    },
  },
  'event.invited': {
    'zh-CN': {
      title: '对接会邀请：{eventTitle}',
      body: '{organizerName}邀请{participantName}参加供需对接会“{eventTitle}”（{eventDate}，{place}）。请在平台报名或婉拒；报名后可选择希望会谈的对象和不便参加的时段。',
    },
    en: {
      title: 'Invitation: {eventTitle}',
      body: '{organizerName} invites {participantName} to the matchmaking event "{eventTitle}" ({eventDate}, {place}). Register or decline on the platform; once registered, choose whom you want to meet and the slots you cannot attend.',
    },
  },
  'event.schedule_ready': {
    'zh-CN': {
      title: '会谈日程已生成：{eventTitle}',
      body: '“{eventTitle}”的 1 对 1 会谈日程已生成：{meetings} 场会谈，覆盖 {covered} 位参会者。请在平台查看、调整并打印。',
    },
    en: {
      title: 'Meeting schedule ready: {eventTitle}',
      body: 'The 1:1 meeting schedule of "{eventTitle}" is ready: {meetings} meetings, {covered} participants with at least one. Review, adjust and print it on the platform.',
    },
  },
  'event.outcome_recorded': {
    'zh-CN': {
      title: '会谈结果已登记：{eventTitle}',
      body: '{recorderName}登记了{enterpriseName}与{providerName}在“{eventTitle}”的会谈结果：{outcome}。{next}',
    },
    en: {
      title: 'Meeting outcome recorded: {eventTitle}',
      body: '{recorderName} recorded the outcome of the meeting between {enterpriseName} and {providerName} at "{eventTitle}": {outcome}. {next}',
    },
  },
  'alerts.digest': {
    'zh-CN': {
      title: '订阅“{searchName}”有 {count} 条新结果',
      body: '符合您保存的搜索“{searchName}”的新发布或更新信息：\n{listings}\n可在“我的订阅”中修改频率、暂停或删除。退订此搜索（无需登录）：{unsubscribeUrl}',
    },
    en: {
      title: '{count} new for your saved search "{searchName}"',
      body: 'Newly published or updated listings matching your saved search "{searchName}":\n{listings}\nChange the frequency, pause or delete it under My saved searches. Unsubscribe from this search (no sign-in needed): {unsubscribeUrl}',
    },
  },
  'alerts.needs_for_you': {
    'zh-CN': {
      title: '{count} 项您可能解决的新需求',
      body: '平台匹配发现以下需求与您的专长相符（括号内为匹配分）：\n{listings}\n可在“我的订阅”中调整最低分数、暂停或删除。退订（无需登录）：{unsubscribeUrl}',
    },
    en: {
      title: '{count} new needs you could solve',
      body: 'Matching found these needs fit your expertise (match score in brackets):\n{listings}\nAdjust the minimum score, pause or delete this alert under My saved searches. Unsubscribe (no sign-in needed): {unsubscribeUrl}',
    },
  },
  'event.invitation_reminder': {
    'zh-CN': {
      title: '对接会邀请待回复：{eventTitle}',
      body: '{participantName}尚未回复供需对接会“{eventTitle}”（{eventDate}，{place}）的邀请，距开会还有 {days} 天。请在平台报名或婉拒。',
    },
    en: {
      title: 'Please answer: {eventTitle}',
      body: '{participantName} has not yet answered the invitation to the matchmaking event "{eventTitle}" ({eventDate}, {place}), {days} days away. Register or decline on the platform.',
    },
  },
  'event.wishes_reminder': {
    'zh-CN': {
      title: '请选择希望会谈的对象：{eventTitle}',
      body: '{participantName}已报名“{eventTitle}”（{eventDate}），但尚未选择希望会谈的对象。会谈日程生成前，请在平台参考匹配度选择，并标出不便参加的时段。',
    },
    en: {
      title: 'Whom do you want to meet? {eventTitle}',
      body: '{participantName} registered for "{eventTitle}" ({eventDate}) but has not chosen whom to meet. Before the schedule is built, choose on the platform (match scores shown) and mark the slots you cannot attend.',
    },
  },
  'event.schedule_reminder': {
    'zh-CN': {
      title: '明日会谈日程：{eventTitle}',
      body: '{participantName}明天（{eventDate}，{place}）的会谈安排：\n{meetings}\n可在平台打印日程。',
    },
    en: {
      title: 'Your meetings tomorrow: {eventTitle}',
      body: 'The meetings of {participantName} tomorrow ({eventDate}, {place}):\n{meetings}\nYou can print the schedule on the platform.',
    },
  },
  'challenge.approval_requested': {
    'zh-CN': {
      title: '榜单待您确认：{challengeTitle}',
      body: '科协协调员已将您的需求拟制为揭榜挂帅榜单“{challengeTitle}”。请在平台审阅榜单文本、奖励区间、资格条件、评审标准和里程碑，确认后榜单将公开发布。',
    },
    en: {
      title: 'Challenge call awaiting your approval: {challengeTitle}',
      body: 'A coordinator has drafted the open challenge "{challengeTitle}" from your need. Review the call text, reward range, eligibility, criteria and milestones on the platform; once you approve, the call is published.',
    },
  },
  'challenge.returned': {
    'zh-CN': {
      title: '榜单被退回修改：{challengeTitle}',
      body: '{enterpriseName}退回了榜单“{challengeTitle}”。意见：{reason}',
    },
    en: {
      title: 'Challenge call returned: {challengeTitle}',
      body: '{enterpriseName} returned the call "{challengeTitle}". Comments: {reason}',
    },
  },
  'challenge.invited': {
    'zh-CN': {
      title: '邀请您揭榜：{challengeTitle}',
      body: '{enterpriseName}发布了揭榜挂帅榜单“{challengeTitle}”，平台匹配认为您非常合适：{reasons}。揭榜截止时间：{deadline}（北京时间）。欢迎在平台提交方案。',
    },
    en: {
      title: 'You are invited to apply: {challengeTitle}',
      body: '{enterpriseName} has published the open challenge "{challengeTitle}" and our matching suggests you fit it well: {reasons}. Applications close {deadline} (Beijing time). Submit your proposal on the platform.',
    },
  },
  'challenge.deadline_soon': {
    'zh-CN': {
      title: '揭榜即将截止：{challengeTitle}',
      body: '榜单“{challengeTitle}”将于 {deadline}（北京时间）截止揭榜。{action}',
    },
    en: {
      title: 'Applications close soon: {challengeTitle}',
      body: 'Applications to "{challengeTitle}" close {deadline} (Beijing time). {action}',
    },
  },
  'challenge.evaluation_open': {
    'zh-CN': {
      title: '揭榜已截止，请评审：{challengeTitle}',
      body: '榜单“{challengeTitle}”已截止揭榜，共收到 {count} 份方案。请在平台按评审标准逐项打分。',
    },
    en: {
      title: 'Applications closed; please evaluate: {challengeTitle}',
      body: 'Applications to "{challengeTitle}" have closed with {count} proposals. Please score them against the criteria on the platform.',
    },
  },
  'challenge.reviewer_invited': {
    'zh-CN': {
      title: '邀请您担任评审专家：{challengeTitle}',
      body: '科协协调员邀请您评审揭榜挂帅榜单“{challengeTitle}”。打分前请先在平台声明与揭榜方的利益冲突情况。',
    },
    en: {
      title: 'You are invited to review: {challengeTitle}',
      body: 'A coordinator invites you to review the open challenge "{challengeTitle}". Before scoring, declare on the platform any conflict of interest with the applicants.',
    },
  },
  'challenge.awarded': {
    'zh-CN': {
      title: '恭喜揭榜成功：{challengeTitle}',
      body: '您的方案在“{challengeTitle}”评审中胜出。评审意见：{reason}。请按里程碑推进并在平台提交验收材料。',
    },
    en: {
      title: 'Your proposal won: {challengeTitle}',
      body: 'Your proposal for "{challengeTitle}" was selected. The evaluators noted: {reason}. Please work through the milestones and submit evidence for acceptance on the platform.',
    },
  },
  'challenge.unsuccessful': {
    'zh-CN': {
      title: '揭榜结果通知：{challengeTitle}',
      body: '感谢您参与“{challengeTitle}”揭榜。很遗憾，本次您的方案未能中选，主要原因：{reason}。欢迎继续关注平台其他榜单。',
    },
    en: {
      title: 'Result of your application: {challengeTitle}',
      body: 'Thank you for applying to "{challengeTitle}". Unfortunately your proposal was not selected this time; the main reason: {reason}. We hope to see you on other calls.',
    },
  },
  'challenge.milestone_submitted': {
    'zh-CN': {
      title: '里程碑待验收：{milestoneTitle}',
      body: '{providerName}提交了“{challengeTitle}”第 {seq} 个里程碑“{milestoneTitle}”的验收材料，请在平台验收或退回。',
    },
    en: {
      title: 'Milestone ready for acceptance: {milestoneTitle}',
      body: '{providerName} submitted evidence for milestone {seq} "{milestoneTitle}" of "{challengeTitle}". Accept or return it on the platform.',
    },
  },
  'challenge.milestone_reviewed': {
    'zh-CN': {
      title: '里程碑{outcome}：{milestoneTitle}',
      body: '“{challengeTitle}”第 {seq} 个里程碑“{milestoneTitle}”已{outcome}。{note}',
    },
    en: {
      title: 'Milestone {outcome}: {milestoneTitle}',
      body: 'Milestone {seq} "{milestoneTitle}" of "{challengeTitle}" was {outcome}. {note}',
    },
  },
  'challenge.milestone_overdue': {
    'zh-CN': {
      title: '里程碑已逾期：{milestoneTitle}',
      body: '“{challengeTitle}”第 {seq} 个里程碑“{milestoneTitle}”已于 {dueAt}（北京时间）到期，尚未通过验收。请尽快提交或联系需求方。',
    },
    en: {
      title: 'Milestone overdue: {milestoneTitle}',
      body: 'Milestone {seq} "{milestoneTitle}" of "{challengeTitle}" was due {dueAt} (Beijing time) and has not been accepted yet. Please submit it or talk to the enterprise.',
    },
  },
  'challenge.closed': {
    'zh-CN': {
      title: '榜单圆满完成：{challengeTitle}',
      body: '“{challengeTitle}”的全部里程碑均已通过验收，榜单已关闭。感谢各方的投入！',
    },
    en: {
      title: 'Challenge completed: {challengeTitle}',
      body: 'Every milestone of "{challengeTitle}" has been accepted and the challenge is closed. Thank you all!',
    },
  },
  'listing.submitted': {
    'zh-CN': {
      title: '{listingType}待审核：{listingTitle}',
      body: '{ownerName}{submission}了{listingType}“{listingTitle}”，请审核。{previousReturn}',
    },
    en: {
      title: 'Waiting for review: {listingTitle} ({listingType})',
      body: '{ownerName} {submission} the {listingType} "{listingTitle}" for review. {previousReturn}',
    },
  },
  'listing.returned': {
    'zh-CN': {
      title: '{listingType}被退回修改：{listingTitle}',
      body: '协调员退回了您的{listingType}“{listingTitle}”。理由：{reason}。请修改后重新提交审核。',
    },
    en: {
      title: 'Returned for changes: {listingTitle} ({listingType})',
      body: 'A coordinator returned your {listingType} "{listingTitle}". Reason: {reason}. Please revise it and submit it again.',
    },
  },
  'listing.approved': {
    'zh-CN': {
      title: '{listingType}已审核通过：{listingTitle}',
      body: '您的{listingType}“{listingTitle}”已通过审核并发布，平台正在为其寻找合适的对接方。',
    },
    en: {
      title: 'Approved and published: {listingTitle} ({listingType})',
      body: 'Your {listingType} "{listingTitle}" passed review and is published; the platform is looking for good matches.',
    },
  },
} satisfies Record<string, Template>;

export type NotificationKind = keyof typeof NOTIFICATION_TEMPLATES;
export const NOTIFICATION_KINDS = Object.keys(NOTIFICATION_TEMPLATES) as NotificationKind[];

function fill(template: string, params: NotificationParams, locale: Locale): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = params[key];
      if (value === null || value === undefined) return '';
      return typeof value === 'object' ? value[locale] : String(value);
    })
    .replace(/\s+$/, '');
}

export function renderNotification(
  kind: string,
  params: NotificationParams,
  locale: Locale,
): { title: string; body: string } {
  const template = (NOTIFICATION_TEMPLATES as Record<string, Template>)[kind]?.[locale];
  if (!template) return { title: kind, body: '' };
  return { title: fill(template.title, params, locale), body: fill(template.body, params, locale) };
}

/** The e-mail around a notification: greeting, text, and how to turn these e-mails off. */
export function renderEmail(kind: string, params: NotificationParams, locale: Locale, displayName: string) {
  const { title, body } = renderNotification(kind, params, locale);
  if (locale === 'en') {
    return {
      subject: `[Tech Matchmaking] ${title}`,
      text: `Hello ${displayName},\n\n${body}\n\n— Technology matchmaking marketplace\nYou can turn off e-mails of this kind in your notification settings.\n`,
    };
  }
  return {
    subject: `【科技供需对接平台】${title}`,
    text: `${displayName}，您好：\n\n${body}\n\n—— 科技供需对接平台\n如不希望收到此类邮件，可在“通知设置”中关闭。\n`,
  };
}
