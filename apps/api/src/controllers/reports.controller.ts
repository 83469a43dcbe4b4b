import { languageFrom, PageOf } from '@app/common';
import { Access, Actor, CurrentActor } from '@app/identity';
import {
  FunnelExportQuery,
  FunnelNeedDto,
  FunnelNeedsQuery,
  FunnelReportDto,
  FunnelReportQuery,
  FunnelReports,
  StationExportQuery,
  StationReportDto,
  StationReportQuery,
  StationReports,
} from '@app/reports';
import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

const EXPORT_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const EXPORT_CONTENT = Object.fromEntries(
  EXPORT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);

/** Outcome reports of an association (科协), computed from the records on every request. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/associations/:id')
export class ReportsController {
  constructor(
    private readonly funnels: FunnelReports,
    private readonly stations: StationReports,
  ) {}

  @Get('funnel')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'The funnel of the needs posted in a period, for the jurisdiction and each province, city and county in it (coordinators of the association or of one above it, admins)',
  })
  @ApiOkResponse({ type: FunnelReportDto })
  funnel(
    @Param('id') id: string,
    @Query() query: FunnelReportQuery,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') lang?: string,
  ) {
    return this.funnels.funnel(actor, id, query, languageFrom(lang));
  }

  @Get('funnel/needs')
  @Access('coordinator')
  @ApiOperation({ summary: 'The needs behind one number of the funnel (drill-down), newest first' })
  @ApiOkResponse({ type: PageOf(FunnelNeedDto) })
  needs(@Param('id') id: string, @Query() query: FunnelNeedsQuery, @CurrentActor() actor: Actor) {
    return this.funnels.needsAtStep(actor, id, query);
  }

  @Get('funnel/export')
  @Access('coordinator')
  @ApiOperation({
    summary: 'The funnel as CSV (the region table) or .xlsx (every table, one sheet each); audited as report.exported',
  })
  @ApiProduces(...EXPORT_TYPES)
  @ApiOkResponse({ description: 'The file, as an attachment', content: EXPORT_CONTENT })
  async export(
    @Param('id') id: string,
    @Query() query: FunnelExportQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Headers('accept-language') lang?: string,
  ) {
    sendFile(res, await this.funnels.export(actor, id, query, languageFrom(lang)));
  }

  @Get('stations')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'Each expert workstation and society service station in the jurisdiction over a year: needs served, introductions, agreements, follow-ups',
  })
  @ApiOkResponse({ type: StationReportDto })
  stationYear(@Param('id') id: string, @Query() query: StationReportQuery, @CurrentActor() actor: Actor) {
    return this.stations.year(actor, id, query);
  }

  @Get('stations/export')
  @Access('coordinator')
  @ApiOperation({ summary: 'The station table as CSV or .xlsx; audited as report.exported' })
  @ApiProduces(...EXPORT_TYPES)
  @ApiOkResponse({ description: 'The file, as an attachment', content: EXPORT_CONTENT })
  async exportStations(
    @Param('id') id: string,
    @Query() query: StationExportQuery,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Headers('accept-language') lang?: string,
  ) {
    sendFile(res, await this.stations.export(actor, id, query, languageFrom(lang)));
  }
}

function sendFile(res: Response, file: { body: Buffer; fileName: string; contentType: string }): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.send(file.body);
}
