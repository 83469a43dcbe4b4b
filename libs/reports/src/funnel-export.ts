import { Language } from '@app/common';
import { DECLINE_WORDS, DeclineReason } from '@app/brokerage';
import { FunnelReportDto, RegionFiguresDto } from './dto/funnel-report.dto';
import { FUNNEL_STEPS, STEP_WORDS } from './funnel-steps';
import { Cell, Table, tableCsv, tablesXlsx } from './report-files';

type Words = { 'zh-CN': string; en: string };

const COLUMN_WORDS: Record<string, Words> = {
  code: { 'zh-CN': '区划代码', en: 'Region code' },
  name: { 'zh-CN': '地区', en: 'Region' },
  level: { 'zh-CN': '层级', en: 'Level' },
  agreements: { 'zh-CN': '签约数', en: 'Agreements' },
  contractValue: { 'zh-CN': '合同金额（元）', en: 'Contract value (yuan)' },
  reviewMedianHours: { 'zh-CN': '审核用时中位数（小时）', en: 'Median review time (hours)' },
  firstAcceptanceMedianHours: {
    'zh-CN': '发布至首次双方接受中位数（小时）',
    en: 'Median publication to first acceptance (hours)',
  },
  providers: { 'zh-CN': '服务方数', en: 'Providers' },
  step: { 'zh-CN': '环节', en: 'Step' },
  count: { 'zh-CN': '数量', en: 'Count' },
  conversion: { 'zh-CN': '较上一环节转化率', en: 'Conversion from the step before' },
  reason: { 'zh-CN': '婉拒原因', en: 'Decline reason' },
  field: { 'zh-CN': '领域', en: 'Field' },
  side: { 'zh-CN': '类别', en: 'Side' },
  needs: { 'zh-CN': '已发布需求', en: 'Published needs' },
  unserved: { 'zh-CN': '无强匹配', en: 'Without a strong match' },
};

const SHEET_WORDS: Record<string, Words> = {
  regions: { 'zh-CN': '分地区', en: 'By region' },
  funnel: { 'zh-CN': '漏斗', en: 'Funnel' },
  declines: { 'zh-CN': '婉拒原因', en: 'Declines' },
  fields: { 'zh-CN': '领域', en: 'Fields' },
  unserved: { 'zh-CN': '供给空白领域', en: 'Unserved fields' },
};

const hours = (s: number | null) => (s === null ? null : Math.round((s / 3600) * 10) / 10);

/** The region table, the scope first: the same figures as the report's totals and regions. */
function regionTable(report: FunnelReportDto, lang: Language): Table {
  const header = [
    COLUMN_WORDS.code[lang],
    COLUMN_WORDS.name[lang],
    COLUMN_WORDS.level[lang],
    ...FUNNEL_STEPS.map((s) => STEP_WORDS[s][lang]),
    COLUMN_WORDS.agreements[lang],
    COLUMN_WORDS.contractValue[lang],
    COLUMN_WORDS.reviewMedianHours[lang],
    COLUMN_WORDS.firstAcceptanceMedianHours[lang],
    COLUMN_WORDS.providers[lang],
  ];
  const scope: Cell[] = [
    report.region.code,
    report.region.name,
    'total',
    ...FUNNEL_STEPS.map((s) => report.totals[s]),
    report.agreements,
    report.contractValue,
    hours(report.reviewTime.medianSeconds),
    hours(report.publicationToFirstAcceptance.medianSeconds),
    report.regions.filter((r) => r.parentCode === report.region.code).reduce((n, r) => n + r.providers, 0),
  ];
  const row = (r: RegionFiguresDto): Cell[] => [
    r.code,
    r.name,
    r.level,
    ...FUNNEL_STEPS.map((s) => r[s]),
    r.agreements,
    r.contractValue,
    hours(r.reviewMedianSeconds),
    hours(r.firstAcceptanceMedianSeconds),
    r.providers,
  ];
  return [header, scope, ...report.regions.map(row)];
}

function funnelTable(report: FunnelReportDto, lang: Language): Table {
  return [
    [COLUMN_WORDS.step[lang], COLUMN_WORDS.count[lang], COLUMN_WORDS.conversion[lang]],
    ...FUNNEL_STEPS.map((step, i) => [
      STEP_WORDS[step][lang],
      report.totals[step],
      i === 0 ? null : report.conversions[i - 1].rate,
    ]),
  ];
}

function otherTables(report: FunnelReportDto, lang: Language): Record<string, Table> {
  const sideWords: Record<'demand' | 'supply', Words> = {
    demand: { 'zh-CN': '需求', en: 'Demand' },
    supply: { 'zh-CN': '供给', en: 'Supply' },
  };
  return {
    declines: [
      [COLUMN_WORDS.reason[lang], COLUMN_WORDS.count[lang]],
      ...report.declinesByReason.map((d) => [DECLINE_WORDS[d.reasonCode as DeclineReason][lang], d.count]),
    ],
    fields: [
      [COLUMN_WORDS.side[lang], COLUMN_WORDS.field[lang], COLUMN_WORDS.count[lang]],
      ...(['demand', 'supply'] as const).flatMap((side) =>
        report.topFields[side].map((f) => [sideWords[side][lang], f.name ?? f.field, f.count]),
      ),
    ],
    unserved: [
      [COLUMN_WORDS.field[lang], COLUMN_WORDS.needs[lang], COLUMN_WORDS.unserved[lang]],
      ...report.unservedFields.map((u) => [u.name ?? u.field, u.needs, u.unserved]),
    ],
  };
}

/** The region table as CSV. */
export function funnelCsv(report: FunnelReportDto, lang: Language): { body: Buffer; rows: number } {
  return tableCsv(regionTable(report, lang));
}

/** The whole report as a workbook: by region, the funnel, declines, fields and unserved fields, one sheet each. */
export function funnelXlsx(report: FunnelReportDto, lang: Language): Promise<{ body: Buffer; rows: number }> {
  const tables: Record<string, Table> = {
    regions: regionTable(report, lang),
    funnel: funnelTable(report, lang),
    ...otherTables(report, lang),
  };
  return tablesXlsx(
    Object.entries(tables).map(([key, table]) => ({ name: SHEET_WORDS[key][lang], table })),
    report.association.name,
  );
}
