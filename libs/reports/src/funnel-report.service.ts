import { Language, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { getField, getRegion, isWithin, RegionLevel } from '@app/reference';
import { AuditService } from '@app/audit';
import { ReadReplica } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DECLINE_REASONS } from '@app/brokerage';
import {
  FunnelExportQuery,
  FunnelNeedsPageDto,
  FunnelReportDto,
  FunnelReportQuery,
  FunnelNeedsQuery,
  RegionCountDto,
  RegionFiguresDto,
} from './dto/funnel-report.dto';
import { funnelCsv, funnelXlsx } from './funnel-export';
import { conversions, FUNNEL_STEPS, StepCounts } from './funnel-steps';
import {
  DECLINES_BY_REASON,
  FIELD_FIGURES,
  FUNNEL_BY_REGION,
  needsAtStep,
  progressTable,
  WIDE_SCOPE_REGIONS,
  REPORT_SETTINGS,
  STEP_COLUMNS,
  SUPPLY_BY_FIELD,
  SUPPLY_BY_REGION,
} from './funnel-report.sql';
import { reportPeriod } from './report-period';
import { ReportScope, ReportScopes } from './report-scope';

const TOP = 10;

type FieldRow = {
  field: string;
  posted: number;
  needs: number;
  unserved: number;
  demand_rank: number;
  unserved_rank: number | null;
};

type RegionRow = StepCounts & {
  grouping_mask: number;
  province: string | null;
  city: string | null;
  county: string | null;
  agreements: number;
  contract_value: string | null;
  review_timed: number;
  review_median: number | null;
  review_p90: number | null;
  accept_timed: number;
  accept_median: number | null;
  accept_p90: number | null;
};

/** Which region a grouping-sets row is about: bit set = that column was rolled up (province 4, city 2, county 1). */
function rowRegion(row: {
  grouping_mask: number;
  province: string | null;
  city: string | null;
  county: string | null;
}): string | null {
  switch (row.grouping_mask) {
    case 3:
      return row.province;
    case 5:
      return row.city;
    case 6:
      return row.county;
    default:
      return 'total';
  }
}

const seconds = (value: number | null) => (value === null ? null : Math.round(Number(value)));
const fieldName = (code: string, lang: Language) => {
  const f = getField(code);
  return f ? (lang === 'en' ? f.en : f.zh) : null;
};

/**
 * The association's funnel for a period, read straight from PostgreSQL (needs, the audit log of reviews, matches,
 * engagements, providers): nothing is copied, so the figures cannot drift from the records behind them.
 */
@Injectable()
export class FunnelReports {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: ReportScopes,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly reads: ReadReplica,
  ) {}

  async funnel(
    actor: Actor,
    associationId: string,
    query: FunnelReportQuery,
    lang: Language = 'zh-CN',
  ): Promise<FunnelReportDto> {
    const scope = await this.scopes.resolve(actor, associationId, query.regionCode);
    const period = reportPeriod(query.from, query.to, this.clock.now());
    const [{ regionRows, declines, demand, unserved }, supply, supplyRegions] = await Promise.all([
      this.needFigures([scope.regionCodes, period.start, period.end, query.strongScore]),
      this.db.query<{ field: string; count: number }[]>(SUPPLY_BY_FIELD, [scope.regionCodes, TOP]),
      this.db.query<
        { grouping_mask: number; province: string | null; city: string | null; county: string | null; count: number }[]
      >(SUPPLY_BY_REGION, [scope.regionCodes]),
    ]);
    const total = regionRows.find((r) => rowRegion(r) === 'total');
    const totals = this.counts(total);
    const providersByRegion = new Map(supplyRegions.map((r) => [rowRegion(r), r.count]));
    const regions = this.regionFigures(scope, regionRows, providersByRegion);
    const children = regions.filter((r) => r.parentCode === scope.regionCode);
    const byCount = (pick: (r: RegionFiguresDto) => number) =>
      children
        .map((r) => ({ code: r.code, name: r.name, count: pick(r) }))
        .filter((r) => r.count > 0)
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
        .slice(0, TOP);
    const declineCounts = new Map(declines.map((d) => [d.code, d.count]));
    return {
      association: { id: scope.associationId, name: scope.associationName },
      region: this.regionOf(scope.regionCode, totals.posted),
      period: { from: period.from, to: period.to },
      strongScore: query.strongScore,
      totals,
      agreements: total?.agreements ?? 0,
      contractValue: Number(total?.contract_value ?? 0),
      conversions: conversions(totals),
      reviewTime: {
        medianSeconds: seconds(total?.review_median ?? null),
        p90Seconds: seconds(total?.review_p90 ?? null),
        count: total?.review_timed ?? 0,
      },
      publicationToFirstAcceptance: {
        medianSeconds: seconds(total?.accept_median ?? null),
        p90Seconds: seconds(total?.accept_p90 ?? null),
        count: total?.accept_timed ?? 0,
      },
      declinesByReason: DECLINE_REASONS.map((reasonCode) => ({
        reasonCode,
        count: declineCounts.get(reasonCode) ?? 0,
      })),
      topFields: {
        demand: demand.map((d) => ({ field: d.field, name: fieldName(d.field, lang), count: d.count })),
        supply: supply.map((d) => ({ field: d.field, name: fieldName(d.field, lang), count: d.count })),
      },
      topRegions: { demand: byCount((r) => r.posted), supply: byCount((r) => r.providers) },
      unservedFields: unserved.map((u) => ({
        field: u.field,
        name: fieldName(u.field, lang),
        needs: u.needs,
        unserved: u.unserved,
      })),
      regions,
    };
  }

  /** Everything about the period's needs, from one pass over them (progressTable) in one transaction. */
  private needFigures(params: [string[], ...unknown[]]) {
    return this.db.transaction(async (m) => {
      await m.query(REPORT_SETTINGS);
      await m.query(progressTable(params[0].length > WIDE_SCOPE_REGIONS), params);
      const regionRows = await m.query<RegionRow[]>(FUNNEL_BY_REGION);
      const declines = await m.query<{ code: string; count: number }[]>(DECLINES_BY_REASON);
      const fields = await m.query<FieldRow[]>(FIELD_FIGURES, [TOP, TOP * 2]);
      const demand = fields
        .filter((f) => f.demand_rank <= TOP)
        .sort((a, b) => a.demand_rank - b.demand_rank)
        .map((f) => ({ field: f.field, count: f.posted }));
      const unserved = fields
        .filter((f) => f.unserved_rank !== null && f.unserved_rank <= TOP * 2)
        .sort((a, b) => a.unserved_rank! - b.unserved_rank!)
        .map((f) => ({ field: f.field, needs: f.needs, unserved: f.unserved }));
      return { regionRows, declines, demand, unserved };
    });
  }

  /** The same figures as a file; the export is audited (`report.exported`, with the filter and the rows written). */
  async export(
    actor: Actor,
    associationId: string,
    query: FunnelExportQuery,
    lang: Language,
  ): Promise<{ body: Buffer; fileName: string; contentType: string }> {
    const { format, ...filter } = query;
    const report = await this.funnel(actor, associationId, filter, lang);
    const file = format === 'csv' ? funnelCsv(report, lang) : await funnelXlsx(report, lang);
    await this.audit.record({
      actorId: actor.userId,
      action: 'report.exported',
      targetType: 'organization',
      targetId: report.association.id,
      after: {
        filter: {
          report: 'funnel',
          format,
          ...filter,
          from: report.period.from,
          to: report.period.to,
          regionCode: report.region.code,
        },
        rows: file.rows,
      },
    });
    return {
      body: file.body,
      fileName: `funnel-${report.region.code}-${report.period.from}-${report.period.to}.${format}`,
      contentType:
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }

  /** The needs behind one number of the funnel (drill-down). */
  async needsAtStep(actor: Actor, associationId: string, query: FunnelNeedsQuery): Promise<FunnelNeedsPageDto> {
    const scope = await this.scopes.resolve(actor, associationId, query.regionCode);
    const period = reportPeriod(query.from, query.to, this.clock.now());
    // A page of needs may be a moment old: the replica serves it when there is one.
    const rows: (FunnelNeedsPageDto['items'][number] & { total: number })[] = await this.reads.read((db) =>
      db.transaction(async (m) => {
        await m.query(REPORT_SETTINGS);
        return m.query(needsAtStep(STEP_COLUMNS[query.step], scope.regionCodes.length > WIDE_SCOPE_REGIONS), [
          scope.regionCodes,
          period.start,
          period.end,
          query.strongScore,
          query.limit,
          (query.page - 1) * query.limit,
        ]);
      }),
    );
    const items = rows.map(({ total: _total, ...row }) => ({
      ...row,
      regionName: row.regionCode ? (getRegion(row.regionCode)?.fullName ?? null) : null,
    }));
    return { items, total: rows[0]?.total ?? 0, page: query.page, limit: query.limit };
  }

  private counts(row: RegionRow | undefined): StepCounts {
    return Object.fromEntries(FUNNEL_STEPS.map((step) => [step, row?.[step] ?? 0])) as StepCounts;
  }

  /** Rows for the regions strictly inside the scope, with the providers located there; regions with neither left out. */
  private regionFigures(
    scope: ReportScope,
    rows: RegionRow[],
    providers: Map<string | null, number>,
  ): RegionFiguresDto[] {
    const byCode = new Map<string, RegionFiguresDto>();
    const inside = (code: string | null): code is string =>
      !!code && code !== scope.regionCode && isWithin(code, scope.regionCode);
    for (const row of rows) {
      const code = rowRegion(row);
      if (code === 'total' || !inside(code)) continue;
      byCode.set(code, {
        ...this.describe(code),
        ...this.counts(row),
        agreements: row.agreements,
        contractValue: Number(row.contract_value ?? 0),
        reviewMedianSeconds: seconds(row.review_median),
        firstAcceptanceMedianSeconds: seconds(row.accept_median),
        providers: 0,
      });
    }
    for (const [code, count] of providers) {
      if (!inside(code)) continue;
      const figures = byCode.get(code) ?? {
        ...this.describe(code),
        ...this.counts(undefined),
        agreements: 0,
        contractValue: 0,
        reviewMedianSeconds: null,
        firstAcceptanceMedianSeconds: null,
        providers: 0,
      };
      byCode.set(code, { ...figures, providers: count });
    }
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  private describe(code: string): { code: string; name: string | null; level: RegionLevel; parentCode: string | null } {
    const region = getRegion(code);
    const level: RegionLevel = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
    return { code, name: region?.name ?? null, level: region?.level ?? level, parentCode: region?.parentCode ?? null };
  }

  private regionOf(code: string, count: number): RegionCountDto {
    return { code, name: getRegion(code)?.fullName ?? null, count };
  }
}
