import alerts from './zh-CN.alerts';
import brokerage from './zh-CN.brokerage';
import insights from './zh-CN.insights';
import workspaces from './zh-CN.workspaces';
import events from './zh-CN.events';
import challenges from './zh-CN.challenges';
import pages from './zh-CN.pages';
import handover from './zh-CN.handover';

/** 简体中文 — the console's default language. Every key here must exist in en.ts (the type enforces it). */
const zhCN = {
  ...workspaces,
  ...brokerage,
  ...insights,
  ...events,
  ...alerts,
  ...challenges,
  ...pages,
  ...handover,
  'app.title': '科技供需对接平台',
  'app.brand': '科技供需对接',
  'app.footer': '科技供需对接平台 · 企业出题、专家答题、科协牵线',

  'nav.main': '主导航',
  'nav.skip': '跳到主要内容',
  'nav.openMenu': '打开菜单',
  'nav.search': '找需求 · 找专家',
  'nav.coordinator': '协调员工作台',
  'nav.enterprise': '企业需求',
  'nav.expert': '专家 · 学会 · 工作站',
  'nav.language': '界面语言',
  'nav.organization': '当前机构',
  'nav.signIn': '登录',
  'nav.signOut': '退出登录',
  'nav.account': '我的账号',
  'nav.notifications': '消息',

  'orgType.enterprise': '企业',
  'orgType.society': '学会',
  'orgType.workstation': '专家工作站',
  'orgType.university': '高校',
  'orgType.institute': '科研院所',
  'orgType.association': '科协',
  'orgType.platform': '平台',

  'common.forbidden': '您的账号没有进入这个区域的权限',
  'common.notYetAvailable': '该功能的接口尚未上线',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.submit': '提交',
  'common.reason': '理由',
  'common.loading': '加载中…',
  'common.back': '返回',
  'common.saved': '已保存',

  'notifications.title': '消息',

  'search.title': '技术需求与科技所能',
  'search.placeholder': '输入关键词，中文或英文均可，例如：电池材料',
  'search.button': '搜索',
  'search.kind.needs': '技术需求',
  'search.kind.capabilities': '科技所能',
  'search.kind.providers': '专家 · 学会 · 工作站',
  'search.total': '共 {total} 条结果',
  'search.empty': '没有找到结果，换个关键词或减少筛选试试',
  'search.facets': '筛选',
  'search.noFacets': '暂无可筛选的项',

  'facet.field': '领域',
  'facet.region': '地区',
  'facet.mode': '合作方式',
  'facet.providerType': '类型',
  'facet.status': '状态',

  'mode.joint_rnd': '联合攻关',
  'mode.tech_transfer': '成果转化',
  'mode.consulting': '技术咨询',
  'mode.training': '人才培养',
  'mode.shared_equipment': '设备共享',
  'mode.other': '其他',

  'status.draft': '草稿',
  'status.submitted': '待审核',
  'status.published': '已发布',
  'status.returned': '已退回',
  'status.closed': '已关闭',
  'status.expired': '已过期',
  'status.resolved': '已解决',

  'providerKind.expert': '专家',
  'providerKind.society': '学会',
  'providerKind.workstation': '专家工作站',

  'signIn.title': '登录',
  'signIn.intro': '企业、专家与科协协调员使用同一个入口。',
  'signIn.email': '邮箱或手机号',
  'signIn.password': '密码',
  'signIn.submit': '登录',

  'coordinator.needs': '需求与匹配',
  'coordinator.import': '批量导入',

  'match.title': '推荐匹配',
  'match.scoreLabel': '匹配度 {score} 分（满分 100）',
  'match.pending': '匹配计算中，结果稍后自动刷新…',
  'match.none': '暂无匹配结果',
  'match.pinned': '已置顶',
  'match.unavailable': '暂不接受新合作',
  'match.openEngagements': '在谈对接 {n} 项',
  'match.pastOutcomes': '以往推荐：{good} 项成功，{bad} 项未成',
  'match.region.same-county': '同一区县',
  'match.region.same-city': '同一城市',
  'match.region.same-province': '同一省份',
  'match.region.other': '外省',
  'match.matchedTerms': '命中的关键词与领域',
  'match.evidence': '依据',
  'match.capability': '科技所能',
  'match.publication': '成果',

  'import.columnsAre': '表头（第一行）：{columns}。可用中文表头或英文字段名；一个单元格里的多个值用、或；分隔。',
  'import.formats': '支持 .xlsx、CSV（逗号、分号或制表符分隔；UTF-8 或 Excel 默认的 GBK/GB18030 编码）与 JSON。',
  'import.template': '下载导入模板',
  'import.error.encoding':
    '无法识别文件编码：既不是 UTF-8 也不是 GBK/GB18030。请在 Excel 中“另存为 CSV UTF-8”或直接上传 .xlsx 后重试，文件未导入。',
  'import.error.empty': '文件是空的，没有可导入的行',
  'import.error.header': '第一行不是表头（读到：{detail}）。请使用导入模板的表头，如“外部编号、姓名或名称、需求标题”。',
  'import.error.json': 'JSON 格式不正确：{detail}',
  'import.error.xlsx': '无法读取 Excel 文件：{detail}',
  'import.title': '批量导入',
  'import.intro':
    '上传 Excel、CSV 或 JSON 文件，在浏览器中解析后分批提交；出错的行按行号列出，其余行照常导入。重复导入同一文件不会产生重复数据。',
  'import.kind': '导入内容',
  'import.kind.providers': '专家 · 学会 · 工作站',
  'import.kind.needs': '技术需求',
  'import.kind.capabilities': '科技所能',
  'import.choose': '点击或拖入 Excel（.xlsx）、CSV 或 JSON 文件',
  'import.rowsRead': '读取到 {rows} 行',
  'import.start': '开始导入',
  'import.progress': '导入进度',
  'import.report': '导入结果',
  'import.created': '新增',
  'import.updated': '更新',
  'import.unchanged': '未变化',
  'import.failed': '失败行',
  'import.row': '行号',
  'import.externalId': '外部编号',
  'import.field': '字段',
  'import.message': '问题',
};

export type MessageKey = keyof typeof zhCN;
export default zhCN;
