import { RowsValidatedAlone } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PROVIDER_KINDS, ProviderKind } from '../entities/provider.entity';

/** Rows of the pinned import API. Each row is validated alone: a bad row fails with its index, never the batch. */

export const LIMITS = {
  externalId: 200,
  name: 300,
  title: 500,
  longText: 20000,
  listItems: 100,
  item: 200,
  publications: 500,
} as const;

export class PublicationRow {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LIMITS.title * 2) title: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.longText) abstract?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1900) @Max(2100) year?: number;
  @ApiPropertyOptional({ enum: ['publication', 'patent', 'achievement'] })
  @IsOptional()
  @IsIn(['publication', 'patent', 'achievement'])
  kind?: 'publication' | 'patent' | 'achievement';
}

class ListingRowBase {
  @ApiProperty({ description: 'Your id for this record; importing the same id again updates it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.externalId)
  externalId: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @MaxLength(LIMITS.item, { each: true })
  fields?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @MaxLength(LIMITS.item, { each: true })
  keywords?: string[];
}

export class ProviderRow extends ListingRowBase {
  @ApiProperty({ enum: PROVIDER_KINDS }) @IsIn(PROVIDER_KINDS) kind: ProviderKind;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LIMITS.name) name: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.item) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.name) affiliation?: string;
  @ApiPropertyOptional({ description: 'A region name such as 广东省佛山市, or a 6-digit code' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.item)
  region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.longText) bio?: string;
  @ApiPropertyOptional({ type: [PublicationRow] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.publications)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PublicationRow)
  publications?: PublicationRow[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.item) contactEmail?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) contactPhone?: string;
}

export class NeedRow extends ListingRowBase {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LIMITS.title) title: string;
  @ApiProperty() @IsString() @MaxLength(LIMITS.longText) description: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.item) region?: string;
  @ApiPropertyOptional({
    description:
      'The enterprise by name: one your association created (a new one is created when none is found); self-service enterprises are never matched by name',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  organizationName?: string;
  @ApiPropertyOptional({
    description:
      'The enterprise by id (takes precedence over organizationName); it must lie in your jurisdiction or be one your association created',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
  @ApiPropertyOptional({
    type: [String],
    description:
      '联合攻关, 成果转化, 技术咨询, 人才培养, 设备共享, other (or joint_rnd, tech_transfer, consulting, training, shared_equipment)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  cooperationModes?: string[];
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) budgetMin?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) budgetMax?: number;
  @ApiPropertyOptional() @IsOptional() @IsDateString() deadline?: string;
  @ApiPropertyOptional({
    description: 'Confidential part: owner, coordinators and accepted providers only; never indexed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.longText)
  confidentialDetails?: string;
}

export class CapabilityRow extends ListingRowBase {
  @ApiProperty({ description: 'The externalId of the provider publishing it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.externalId)
  providerExternalId: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(LIMITS.title) title: string;
  @ApiProperty() @IsString() @MaxLength(LIMITS.longText) description: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  serviceModes?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  regions?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(LIMITS.item) availability?: string;
}

/** Request bodies: rows stay plain objects here and are validated one by one by the import service. */
@RowsValidatedAlone()
export class ProviderImportRequest {
  @ApiProperty({ type: () => [ProviderRow], description: 'Up to 20 000 rows' })
  @IsArray()
  @ArrayMaxSize(20000)
  items: unknown[];
}

@RowsValidatedAlone()
export class NeedImportRequest {
  @ApiProperty({ type: () => [NeedRow], description: 'Up to 20 000 rows' })
  @IsArray()
  @ArrayMaxSize(20000)
  items: unknown[];
}

@RowsValidatedAlone()
export class CapabilityImportRequest {
  @ApiProperty({ type: () => [CapabilityRow], description: 'Up to 20 000 rows' })
  @IsArray()
  @ArrayMaxSize(20000)
  items: unknown[];
}

export interface ImportFailure {
  index: number;
  externalId?: string;
  /** Set when the row failed for a reason other than its fields' format, e.g. OUTSIDE_JURISDICTION. */
  code?: string;
  errors: { field: string; constraint: string; message: string }[];
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: ImportFailure[];
  warnings: { index: number; field: string; message: string }[];
  ids: Record<string, string>;
}
