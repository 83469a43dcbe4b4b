import { Page, PageQuery, QueryInt } from '@app/common';
import { DECLINE_REASONS } from '@app/brokerage';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { FUNNEL_STEPS, FunnelStep } from '../funnel-steps';

export class FunnelReportQuery {
  @ApiPropertyOptional({
    description: 'First day of the period (YYYY-MM-DD, China time); default 1 January of this year',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({
    description: 'Last day of the period, included; default 31 December of this year',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsString()
  to?: string;

  @ApiPropertyOptional({
    description: 'A sub-region of the jurisdiction to report on (code or name)',
    example: '440604',
  })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @ApiPropertyOptional({
    description: 'The match score (0–100) a candidate needs to count as a strong match',
    minimum: 0,
    maximum: 100,
    default: 50,
  })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(100)
  strongScore = 50;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class FunnelExportQuery extends FunnelReportQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}

export class FunnelNeedsQuery extends IntersectionType(FunnelReportQuery, PageQuery) {
  @ApiProperty({ enum: FUNNEL_STEPS, description: 'The needs that reached this step' })
  @IsIn(FUNNEL_STEPS)
  step: FunnelStep;
}

export class StepCountsDto {
  @ApiProperty() posted: number;
  @ApiProperty({
    description: 'Approved or returned at least once (imported needs, published without review, included)',
  })
  reviewed: number;
  @ApiProperty() published: number;
  @ApiProperty({ description: 'Published with a candidate at or above strongScore' }) matched: number;
  @ApiProperty() introduced: number;
  @ApiProperty() acceptedByBoth: number;
  @ApiProperty({ description: 'With a meeting scheduled' }) meeting: number;
  @ApiProperty() agreementSigned: number;
  @ApiProperty() completed: number;
}

export class RegionFiguresDto extends StepCountsDto {
  @ApiProperty({ example: '440604' }) code: string;
  @ApiProperty({ type: String, nullable: true, example: '禅城区' }) name: string | null;
  @ApiProperty({ enum: ['province', 'city', 'county'] }) level: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty({ description: 'Agreements signed (engagements, a need may have several)' }) agreements: number;
  @ApiProperty({ description: 'Declared contract value of those agreements, yuan' }) contractValue: number;
  @ApiProperty({ type: Number, nullable: true }) reviewMedianSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true }) firstAcceptanceMedianSeconds: number | null;
  @ApiProperty({ description: 'Available providers located there today' }) providers: number;
}

export class ConversionDto {
  @ApiProperty({ enum: FUNNEL_STEPS }) from: string;
  @ApiProperty({ enum: FUNNEL_STEPS }) to: string;
  @ApiProperty({ type: Number, nullable: true, description: 'to ÷ from, four decimals' }) rate: number | null;
}

export class DurationFiguresDto {
  @ApiProperty({ type: Number, nullable: true }) medianSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90Seconds: number | null;
  @ApiProperty({ description: 'How many needs the figures are computed over' }) count: number;
}

export class DeclineCountDto {
  @ApiProperty({ enum: DECLINE_REASONS }) reasonCode: string;
  @ApiProperty() count: number;
}

export class FieldCountDto {
  @ApiProperty({ example: 'materials.battery' }) field: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty() count: number;
}

export class RegionCountDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty() count: number;
}

export class UnservedFieldDto {
  @ApiProperty() field: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ description: 'Published needs of the period in the field' }) needs: number;
  @ApiProperty({ description: 'Of those, needs without a candidate at or above strongScore' }) unserved: number;
}

export class TopFieldsDto {
  @ApiProperty({ type: [FieldCountDto], description: 'Fields of the needs posted in the period' })
  demand: FieldCountDto[];
  @ApiProperty({ type: [FieldCountDto], description: 'Fields of the available providers located in the scope' })
  supply: FieldCountDto[];
}

export class TopRegionsDto {
  @ApiProperty({ type: [RegionCountDto], description: 'Direct sub-regions by needs posted' }) demand: RegionCountDto[];
  @ApiProperty({ type: [RegionCountDto], description: 'Direct sub-regions by available providers' })
  supply: RegionCountDto[];
}

export class ReportAssociationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class ReportPeriodDto {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
}

export class FunnelReportDto {
  @ApiProperty() association: ReportAssociationDto;
  @ApiProperty({ description: 'The region reported on (the jurisdiction, or the sub-region asked for)' })
  region: RegionCountDto;
  @ApiProperty() period: ReportPeriodDto;
  @ApiProperty() strongScore: number;
  @ApiProperty({ description: 'Needs of the period that reached each step' }) totals: StepCountsDto;
  @ApiProperty() agreements: number;
  @ApiProperty({ description: 'Declared contract value of the agreements signed, yuan' }) contractValue: number;
  @ApiProperty({ type: [ConversionDto] }) conversions: ConversionDto[];
  @ApiProperty({ description: 'From the first submission to the first decision (approve or return)' })
  reviewTime: DurationFiguresDto;
  @ApiProperty({ description: 'From publication to the first introduction both sides accepted' })
  publicationToFirstAcceptance: DurationFiguresDto;
  @ApiProperty({ type: [DeclineCountDto] }) declinesByReason: DeclineCountDto[];
  @ApiProperty() topFields: TopFieldsDto;
  @ApiProperty() topRegions: TopRegionsDto;
  @ApiProperty({ type: [UnservedFieldDto], description: 'Fields where published demand has no strong candidate' })
  unservedFields: UnservedFieldDto[];
  @ApiProperty({
    type: [RegionFiguresDto],
    description: 'Every province, city and county of the scope with needs or providers, by code',
  })
  regions: RegionFiguresDto[];
}

export class FunnelNeedDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({ type: String, nullable: true }) enterpriseName: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
}

/** A page of the needs behind one number (its OpenAPI schema: `PageOf(FunnelNeedDto)`). */
export type FunnelNeedsPageDto = Page<FunnelNeedDto>;

export class StationReportQuery {
  @ApiPropertyOptional({
    description: 'Calendar year (China time); default this year',
    minimum: 2000,
    maximum: 2100,
    example: 2026,
  })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'A sub-region of the jurisdiction' })
  @IsOptional()
  @IsString()
  regionCode?: string;
}

export class StationExportQuery extends StationReportQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}

export class StationYearDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, enum: ['academician', 'expert', 'society_service'] }) kind:
    string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The host enterprise' }) hostName: string | null;
  @ApiProperty({ description: 'Experts in station today' }) experts: number;
  @ApiProperty({ description: 'Needs the station or its experts were introduced to in the year' }) needsServed: number;
  @ApiProperty() introductions: number;
  @ApiProperty({ description: 'Introductions both sides accepted in the year' }) acceptedByBoth: number;
  @ApiProperty({ description: 'Agreements signed in the year' }) agreements: number;
  @ApiProperty({ description: 'Their declared contract value, yuan' }) contractValue: number;
  @ApiProperty({ description: 'Agreement follow-ups sent in the year' }) followUps: number;
}

export class StationReportDto {
  @ApiProperty() association: ReportAssociationDto;
  @ApiProperty() region: RegionCountDto;
  @ApiProperty() year: number;
  @ApiProperty({ type: [StationYearDto], description: 'Most introductions first' }) stations: StationYearDto[];
}
