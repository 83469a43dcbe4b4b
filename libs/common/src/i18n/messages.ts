import { Language } from './language';

type Catalog = Record<string, { 'zh-CN': string; en: string }>;

/** Error messages by code; `{name}` placeholders are filled from the error's params. */
export const ERROR_MESSAGES: Catalog = {
  VALIDATION_FAILED: { 'zh-CN': '请求数据校验失败', en: 'The request did not pass validation' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  INVALID_CREDENTIALS: { 'zh-CN': '账号或密码错误', en: 'Wrong account or password' },
  LOGIN_LOCKED: {
    'zh-CN': '登录失败次数过多，请在 {seconds} 秒后重试',
    en: 'Too many failed sign-ins; try again in {seconds} seconds',
  },
  TOKEN_INVALID: { 'zh-CN': '令牌无效或已过期', en: 'The token is invalid or has expired' },
  FORBIDDEN: { 'zh-CN': '无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '未找到{entity}', en: '{entity} not found' },
  CONFLICT: { 'zh-CN': '数据冲突：{detail}', en: 'Conflict: {detail}' },
  ALREADY_EXISTS: { 'zh-CN': '{field} 已被使用', en: '{field} is already in use' },
  INVALID_TRANSITION: {
    'zh-CN': '当前状态“{from}”不能执行“{action}”，可执行：{allowed}',
    en: 'Cannot {action} from status "{from}"; allowed: {allowed}',
  },
  SEARCH_UNAVAILABLE: {
    'zh-CN': '搜索服务暂时不可用，请稍后再试（数据已安全保存）',
    en: 'Search is temporarily unavailable; please retry shortly (your data is saved)',
  },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '请求体过大', en: 'The request body is too large' },
  TOO_MANY_REQUESTS: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; slow down' },
  INTERNAL: { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  INVITATION_INVALID: {
    'zh-CN': '邀请无效、已被使用或已过期，请联系邀请人重新发送',
    en: 'This invitation is invalid, already used or expired; ask for a new one',
  },
  INVITATION_ACCOUNT_MISMATCH: {
    'zh-CN': '该邀请不是发给当前账号的，请使用受邀的邮箱或手机号登录后再接受',
    en: 'This invitation is for another account; sign in with the invited e-mail address or mobile number to accept it',
  },
  OUTSIDE_JURISDICTION: {
    'zh-CN': '该记录不在您所属科协的管辖地区内',
    en: "This record lies outside your association's jurisdiction",
  },
  LAST_ADMIN: { 'zh-CN': '组织至少需要保留一名管理员', en: 'An organisation must keep at least one admin' },
  ALREADY_MEMBER: { 'zh-CN': '该用户已是本组织成员', en: 'This user is already a member of the organisation' },
  NOT_A_WORKSTATION: {
    'zh-CN': '只有专家工作站可以管理进站专家',
    en: 'Only expert workstations have experts in station',
  },
  ALREADY_INTRODUCED: {
    'zh-CN': '该服务方已就此需求被引荐或申请过，对接仍在进行中',
    en: 'This provider already has an open introduction for this need',
  },
  ALREADY_RESPONDED: { 'zh-CN': '{side}已经答复过这次对接邀请', en: '{side} has already answered this introduction' },
  NEED_NOT_PUBLISHED: {
    'zh-CN': '需求当前状态为“{status}”，只有已发布的需求可以对接',
    en: 'The need is "{status}"; only published needs can be brokered',
  },
  ENGAGEMENT_NOT_ACCEPTED: {
    'zh-CN': '双方都接受对接后才能互发消息',
    en: 'Messages open once both sides have accepted the introduction',
  },
  CONFLICT_OF_INTEREST: {
    'zh-CN': '该服务方与需求方存在利益冲突（{count} 项），须由协调员填写理由解除后才能引荐',
    en: "This provider has a conflict of interest with the need's enterprise ({count}); a coordinator must override it with a reason before introducing",
  },
  ON_BEHALF_ONE_SIDE: {
    'zh-CN': '{side}已由协调员代为答复；另一方须本人答复',
    en: '{side} was already answered on its behalf by a coordinator; the other side must answer in person',
  },
  WRITTEN_CONFIRMATION_REQUIRED: {
    'zh-CN': '代企业接受对接会公开需求的保密内容，须先录入企业的书面确认（writtenConfirmation）',
    en: "Accepting on the enterprise's behalf opens the need's confidential part: record the enterprise's written confirmation (writtenConfirmation) first",
  },
  MEETING_CLASH: {
    'zh-CN': '该安排与已有会谈冲突（{clash}）：同一时段一人或一张桌只能安排一场会谈，且每对只见一次',
    en: 'This clashes with another meeting ({clash}): one meeting per person and per table in a slot, and each pair meets once',
  },
  EVENT_FULL: { 'zh-CN': '对接会报名人数已满（{capacity} 人）', en: 'The event is full ({capacity} participants)' },
  EVENT_NOT_HELD: {
    'zh-CN': '对接会（{date}）尚未举行，会后才能登记会谈结果',
    en: 'The event ({date}) has not taken place yet; outcomes are recorded afterwards',
  },
  CONTACT_UNCONFIRMED: {
    'zh-CN': '请先验证受邀的邮箱或手机号（在“账号”中获取验证码），再接受邀请',
    en: 'Confirm the invited e-mail address or mobile number first (request a code under Account), then accept the invitation',
  },
  ALREADY_APPLIED: {
    'zh-CN': '{name}已揭榜，可在截止前修改原方案',
    en: '{name} has already applied; edit that proposal until the deadline instead',
  },
  APPLICATIONS_CLOSED: {
    'zh-CN': '该榜单当前不接受揭榜或修改方案（已截止或尚未发布）',
    en: 'This challenge is not taking applications or edits (closed, or not yet published)',
  },
  DECLARATION_REQUIRED: {
    'zh-CN': '评审前请先声明与揭榜方的利益冲突情况',
    en: 'Declare your conflicts of interest with the applicants before reviewing',
  },
  CONFLICTED_REVIEWER: {
    'zh-CN': '您已声明与该揭榜方存在利益冲突，不能查看或评审其方案',
    en: 'You declared a conflict of interest with this applicant and may not see or score its proposal',
  },
  PROVIDER_UNREACHABLE: {
    'zh-CN': '“{name}”没有可用的联系方式（电话或邮箱），补充后才能引荐',
    en: '"{name}" has no phone or e-mail to reach it; add one before introducing it',
  },
  PROVIDER_NOT_REVIEWED: {
    'zh-CN': '“{name}”的专家资料尚未通过审核，审核通过后才能引荐对接',
    en: '"{name}" has a profile that a coordinator has not approved yet; it can be introduced once approved',
  },
  DATABASE_UNAVAILABLE: {
    'zh-CN': '数据库暂时不可用，请稍后重试',
    en: 'The database is temporarily unavailable; please retry shortly',
  },
  ACCOUNT_CLAIMED: {
    'zh-CN': '该账号已由本人设置密码接管，无需再发交接链接',
    en: 'The user has already set a password and taken the account over; no new link is needed',
  },
};

/** Field-level validation messages by class-validator constraint name. */
export const CONSTRAINT_MESSAGES: Catalog = {
  isNotEmpty: { 'zh-CN': '{field} 不能为空', en: '{field} is required' },
  isDefined: { 'zh-CN': '{field} 不能为空', en: '{field} is required' },
  isString: { 'zh-CN': '{field} 必须是文本', en: '{field} must be a string' },
  isInt: { 'zh-CN': '{field} 必须是整数', en: '{field} must be an integer' },
  isNumber: { 'zh-CN': '{field} 必须是数字', en: '{field} must be a number' },
  isAmount: {
    'zh-CN': '{field} 须为金额（元，最多两位小数）',
    en: '{field} must be an amount in yuan with at most two decimals',
  },
  isBoolean: { 'zh-CN': '{field} 必须是布尔值', en: '{field} must be true or false' },
  isArray: { 'zh-CN': '{field} 必须是数组', en: '{field} must be an array' },
  isEmail: { 'zh-CN': '{field} 不是有效的电子邮箱', en: '{field} must be a valid e-mail address' },
  isUUID: { 'zh-CN': '{field} 不是有效的 ID', en: '{field} must be a valid id' },
  isIn: { 'zh-CN': '{field} 必须是以下之一：{0}', en: '{field} must be one of: {0}' },
  isEnum: { 'zh-CN': '{field} 必须是以下之一：{0}', en: '{field} must be one of: {0}' },
  maxLength: { 'zh-CN': '{field} 长度不能超过 {0}', en: '{field} must be at most {0} characters' },
  minLength: { 'zh-CN': '{field} 长度不能少于 {0}', en: '{field} must be at least {0} characters' },
  arrayMaxSize: { 'zh-CN': '{field} 最多 {0} 项', en: '{field} must have at most {0} items' },
  arrayMinSize: { 'zh-CN': '{field} 至少 {0} 项', en: '{field} must have at least {0} items' },
  min: { 'zh-CN': '{field} 不能小于 {0}', en: '{field} must not be less than {0}' },
  max: { 'zh-CN': '{field} 不能大于 {0}', en: '{field} must not be greater than {0}' },
  isDateString: { 'zh-CN': '{field} 必须是 ISO 日期', en: '{field} must be an ISO date' },
  isMobilePhone: { 'zh-CN': '{field} 不是有效的手机号', en: '{field} must be a valid mobile number' },
  matches: { 'zh-CN': '{field} 格式不正确', en: '{field} has the wrong format' },
  isUrl: { 'zh-CN': '{field} 必须是 http(s) 链接', en: '{field} must be an http(s) link' },
  isField: {
    'zh-CN': '{field}“{value}”不在领域分类中（分类外的词请填入 keywords）',
    en: '{field} "{value}" is not in the field taxonomy (put free terms in keywords)',
  },
  isCooperationMode: {
    'zh-CN': '{field}“{value}”不是合作方式：联合攻关、成果转化、技术咨询、人才培养、设备共享、其他',
    en: '{field} "{value}" is not a cooperation mode: joint_rnd, tech_transfer, consulting, training, shared_equipment, other',
  },
  requiredForReview: { 'zh-CN': '提交审核前请填写 {field}', en: '{field} is required before review' },
  notPast: { 'zh-CN': '{field} 不能早于今天', en: '{field} must not be in the past' },
  budgetRange: { 'zh-CN': '{field}不能小于预算下限', en: '{field} must not be less than Budget from' },
  whitelistValidation: { 'zh-CN': '不允许的字段 {field}', en: 'Field {field} is not allowed' },
  isRegion: { 'zh-CN': '{field} 不是已知的行政区划', en: '{field} is not a known region' },
  isObject: { 'zh-CN': '{field} 必须是对象', en: '{field} must be an object' },
  nestedValidation: { 'zh-CN': '{field} 格式不正确', en: '{field} is malformed' },
  isEnterprise: { 'zh-CN': '{field} 必须是一家企业', en: '{field} must be an enterprise' },
  isExpert: { 'zh-CN': '{field} 必须是专家档案', en: '{field} must be an expert profile' },
  notForThisType: { 'zh-CN': '{field} 不适用于此类组织', en: '{field} does not apply to this type of organisation' },
  notAllowed: { 'zh-CN': '无权设置 {field}', en: 'You may not set {field}' },
  notBeforeFrom: {
    'zh-CN': '{field}（结束日期）不能早于 from（开始日期）',
    en: '{field} (the last day) must not be before from (the first day)',
  },
  notACoordinatorInCharge: {
    'zh-CN': '{field} 不是负责该事项所在地区的科协协调员',
    en: '{field} is not a coordinator of an association in charge of this item',
  },
  notInJurisdiction: {
    'zh-CN': '{field} 不在该科协的管辖地区内',
    en: "{field} is not inside the association's jurisdiction",
  },
  isUrlEncoded: {
    'zh-CN': '请求路径的编码无效（须为 UTF-8 百分号编码）',
    en: 'The request path is not valid percent-encoded UTF-8',
  },
  requiredForCoordinatorSigning: {
    'zh-CN': '协调员登记签约时须填写 {field}（例如双方签署情况与合同存放处）',
    en: '{field} is required when a coordinator records the agreement (e.g. who signed and where the contract is kept)',
  },
  isJsonObject: { 'zh-CN': '请求体必须是 JSON 对象或数组', en: 'The body must be a JSON object or array' },
  noNulCharacter: {
    'zh-CN': '{field} 含有不允许的空字符（\\u0000）',
    en: '{field} contains a NUL character (\\u0000), which is not allowed',
  },
  noLoneSurrogate: {
    'zh-CN': '{field} 含有无效的字符（不成对的 UTF-16 代理项）',
    en: '{field} contains an invalid character (half of a UTF-16 surrogate pair)',
  },
  tooDeep: { 'zh-CN': '{field} 嵌套层级超过 {0} 层', en: '{field} is nested more than {0} levels deep' },
  notAnEventSlot: { 'zh-CN': '{field} 不是本次对接会的时段编号', en: '{field} is not a slot of this event' },
  notAnEventTable: { 'zh-CN': '{field} 不是本次对接会的桌号', en: '{field} is not a table of this event' },
  notARegisteredCounterpart: {
    'zh-CN': '{field} 须为本次对接会已报名的对方参会者',
    en: '{field} must be registered participants of the other side of this event',
  },
  isTimeRange: {
    'zh-CN': '{field} 须为 HH:MM 格式且结束晚于开始',
    en: '{field} must be HH:MM times with the end after the start',
  },
  tableNamesLength: {
    'zh-CN': '{field} 的数量须与 tables（桌数）一致',
    en: '{field} must have as many names as tables',
  },
  needsOrProviders: { 'zh-CN': '请至少填写 {field} 或 providerIds 中的一项', en: 'Give {field} or providerIds' },
  isPublishedNeed: {
    'zh-CN': '{field} 中的“{value}”不是已发布的需求',
    en: '{field}: "{value}" is not a published need',
  },
  isProvider: { 'zh-CN': '{field} 中的“{value}”不是服务方', en: '{field}: "{value}" is not a provider' },
  placeOrLink: {
    'zh-CN': '请填写 {field}（会场地址或线上会议链接至少一项）',
    en: '{field} is required: give a venue or an online link',
  },
  confirmationCodeInvalid: {
    'zh-CN': '{field}（验证码）不正确或已失效，请重新获取',
    en: '{field} (the confirmation code) is wrong or no longer valid; request a new one',
  },
  noSuchContact: { 'zh-CN': '账号没有这种联系方式：{field}', en: 'The account has no address for this {field}' },
  alreadyConfirmed: {
    'zh-CN': '{field} 对应的地址已经验证过',
    en: 'The address for this {field} is already confirmed',
  },
  rewardRange: { 'zh-CN': '{field} 不能小于 rewardMin', en: '{field} must not be less than rewardMin' },
  weightsSum100: {
    'zh-CN': '{field} 各项权重之和须为 100（当前为 {value}）',
    en: 'the weights of {field} must sum to 100 (they sum to {value})',
  },
  afterDeadline: { 'zh-CN': '{field} 不能早于揭榜截止时间', en: '{field} must not be before the application deadline' },
  afterPreviousMilestone: {
    'zh-CN': '{field} 不能早于上一个里程碑',
    en: '{field} must not be before the previous milestone',
  },
  notAMilestone: { 'zh-CN': '{field}：榜单没有第 {value} 个里程碑', en: '{field}: the call has no milestone {value}' },
  everyMilestonePlanned: {
    'zh-CN': '{field} 须为每个里程碑安排计划日期（缺第 {value} 个）',
    en: '{field} must plan a date for every milestone (missing: {value})',
  },
  mustConfirmQualifications: {
    'zh-CN': '请确认满足榜单的最低资格条件（{field}）',
    en: "Confirm that you meet the call's minimum qualifications ({field})",
  },
  notEligible: {
    'zh-CN': '{field}：{value}不符合榜单的揭榜资格（地区或服务方类型）',
    en: '{field}: {value} is not eligible for this call (region or provider kind)',
  },
  notACriterion: {
    'zh-CN': '{field}：“{value}”不是本榜单的评审标准',
    en: '{field}: "{value}" is not a criterion of this call',
  },
  scoreRange: {
    'zh-CN': '{field}（{value}）须为 0 到 100 的分数',
    en: '{field} ({value}) must be a score from 0 to 100',
  },
  notAnApplication: {
    'zh-CN': '{field} 中有不属于本榜单的方案',
    en: '{field} names a proposal that is not an application to this call',
  },
  notShortlisted: {
    'zh-CN': '{field}：只能授予已入围的方案',
    en: '{field}: only a shortlisted proposal can be awarded',
  },
  notARegisteredUser: {
    'zh-CN': '{field}：{value} 尚未注册平台账号',
    en: '{field}: {value} has no account on the platform',
  },
  tooFarAhead: {
    'zh-CN': '{field} 不能晚于 {0}（最多 {years} 年后）',
    en: '{field} must be no later than {0} (at most {years} years ahead)',
  },
  contactRequired: {
    'zh-CN': '请填写联系人的电话或邮箱（至少一项）',
    en: "Give the contact person's phone or e-mail (at least one)",
  },
  outsideJurisdiction: {
    'zh-CN': '{field}“{value}”不在您所属科协的管辖范围内，此行未导入',
    en: '{field} "{value}" lies outside your association\'s jurisdiction; the row was not imported',
  },
  expertsOnly: {
    'zh-CN': '{field}：只有建立了专家档案的用户可以订阅“您可能解决的需求”',
    en: '{field}: only users with an expert profile can subscribe to needs they could solve',
  },
  notForThisKind: { 'zh-CN': '{field} 不适用于此类订阅', en: '{field} does not apply to this kind of saved search' },
  emptySavedSearch: {
    'zh-CN': '请填写关键词（{field}）或至少选择一个筛选条件',
    en: 'Enter search words ({field}) or choose at least one filter',
  },
  isUnsubscribeToken: {
    'zh-CN': '退订链接无效，请使用邮件中的完整链接',
    en: 'The unsubscribe link is not valid; use the whole link from the e-mail',
  },
  needsOnly: { 'zh-CN': '{field} 只适用于需求搜索', en: '{field} applies to the needs search only' },
  isCreditCode: {
    'zh-CN': '{field}有误：应为 18 位数字或大写字母，且末位校验码正确，请核对营业执照',
    en: '{field} is wrong: it has 18 digits or capital letters and its last character must match the check; compare it with the business licence',
  },
  isUniqueCreditCode: {
    'zh-CN': '{field}已登记在另一家机构名下，请核对营业执照，或联系平台管理员',
    en: '{field} is already registered to another organisation; check the business licence or ask a platform admin',
  },
};

export function renderMessage(
  catalog: Catalog,
  code: string,
  lang: Language,
  params: Record<string, unknown> = {},
): string {
  const template = catalog[code]?.[lang] ?? catalog[code]?.en ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    params[key] === undefined ? `{${key}}` : String(params[key]),
  );
}
