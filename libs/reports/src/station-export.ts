import { Language } from '@app/common';
import { StationReportDto } from './dto/funnel-report.dto';
import { Table, tableCsv, tablesXlsx } from './report-files';

type Words = { 'zh-CN': string; en: string };

const HEADER: Words[] = [
  { 'zh-CN': '工作站', en: 'Station' },
  { 'zh-CN': '类型', en: 'Kind' },
  { 'zh-CN': '地区', en: 'Region' },
  { 'zh-CN': '依托单位', en: 'Host enterprise' },
  { 'zh-CN': '进站专家', en: 'Experts in station' },
  { 'zh-CN': '服务需求', en: 'Needs served' },
  { 'zh-CN': '引荐', en: 'Introductions' },
  { 'zh-CN': '双方接受', en: 'Accepted by both' },
  { 'zh-CN': '签约', en: 'Agreements' },
  { 'zh-CN': '合同金额（元）', en: 'Contract value (yuan)' },
  { 'zh-CN': '签约回访', en: 'Follow-ups' },
];

const KIND_WORDS: Record<string, Words> = {
  academician: { 'zh-CN': '院士专家工作站', en: 'Academician workstation' },
  expert: { 'zh-CN': '科技专家工作站', en: 'Expert workstation' },
  society_service: { 'zh-CN': '学会服务站', en: 'Society service station' },
};

function stationTable(report: StationReportDto, lang: Language): Table {
  return [
    HEADER.map((w) => w[lang]),
    ...report.stations.map((s) => [
      s.name,
      s.kind ? (KIND_WORDS[s.kind]?.[lang] ?? s.kind) : null,
      s.regionName,
      s.hostName,
      s.experts,
      s.needsServed,
      s.introductions,
      s.acceptedByBoth,
      s.agreements,
      s.contractValue,
      s.followUps,
    ]),
  ];
}

export const stationCsv = (report: StationReportDto, lang: Language) => tableCsv(stationTable(report, lang));

export const stationXlsx = (report: StationReportDto, lang: Language) =>
  tablesXlsx([{ name: `${report.year}`, table: stationTable(report, lang) }], report.association.name);
