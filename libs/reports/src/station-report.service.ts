import { AuditService } from '@app/audit';
import { Language, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { getRegion } from '@app/reference';
import { ReadReplica } from '@app/database';
import { Injectable } from '@nestjs/common';
import { StationExportQuery, StationReportDto, StationReportQuery } from './dto/funnel-report.dto';
import { stationCsv, stationXlsx } from './station-export';
import { reportPeriod } from './report-period';
import { ReportScopes } from './report-scope';
import { STATION_YEAR } from './station-report.sql';

interface StationRow {
  id: string;
  name: string;
  kind: string | null;
  region_code: string | null;
  host_name: string | null;
  experts: number;
  needs_served: number;
  introductions: number;
  accepted: number;
  agreements: number;
  contract_value: string;
  follow_ups: number;
}

/** What each workstation and society service station in the jurisdiction did in a year: the figures of annual evaluations. */
@Injectable()
export class StationReports {
  constructor(
    private readonly reads: ReadReplica,
    private readonly scopes: ReportScopes,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async year(actor: Actor, associationId: string, query: StationReportQuery): Promise<StationReportDto> {
    const scope = await this.scopes.resolve(actor, associationId, query.regionCode);
    const year = query.year ?? Number(reportPeriod(undefined, undefined, this.clock.now()).from.slice(0, 4));
    const period = reportPeriod(`${year}-01-01`, `${year}-12-31`, this.clock.now());
    const rows: StationRow[] = await this.reads.read((db) =>
      db.query(STATION_YEAR, [scope.regionCodes, period.start, period.end]),
    );
    return {
      association: { id: scope.associationId, name: scope.associationName },
      region: { code: scope.regionCode, name: getRegion(scope.regionCode)?.fullName ?? null, count: rows.length },
      year,
      stations: rows.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        regionCode: r.region_code,
        regionName: r.region_code ? (getRegion(r.region_code)?.fullName ?? null) : null,
        hostName: r.host_name,
        experts: r.experts,
        needsServed: r.needs_served,
        introductions: r.introductions,
        acceptedByBoth: r.accepted,
        agreements: r.agreements,
        contractValue: Number(r.contract_value),
        followUps: r.follow_ups,
      })),
    };
  }

  /** The same table as CSV or a workbook; audited as `report.exported`. */
  async export(
    actor: Actor,
    associationId: string,
    query: StationExportQuery,
    lang: Language,
  ): Promise<{ body: Buffer; fileName: string; contentType: string }> {
    const { format, ...filter } = query;
    const report = await this.year(actor, associationId, filter);
    const file = format === 'csv' ? stationCsv(report, lang) : await stationXlsx(report, lang);
    await this.audit.record({
      actorId: actor.userId,
      action: 'report.exported',
      targetType: 'organization',
      targetId: report.association.id,
      after: {
        filter: { report: 'stations', format, year: report.year, regionCode: report.region.code },
        rows: file.rows,
      },
    });
    return {
      body: file.body,
      fileName: `stations-${report.region.code}-${report.year}.${format}`,
      contentType:
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
}
