import { Clock } from '@app/common';
import { Module } from '@nestjs/common';
import { FunnelReports } from './funnel-report.service';
import { ReportScopes } from './report-scope';
import { StationReports } from './station-report.service';

/** Read-only reports over the other modules' tables; it owns no table and writes nothing but audit entries of exports. */
@Module({
  providers: [Clock, ReportScopes, FunnelReports, StationReports],
  exports: [FunnelReports, StationReports],
})
export class ReportsModule {}
