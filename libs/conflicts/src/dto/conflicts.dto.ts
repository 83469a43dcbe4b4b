import { IsCreditCode } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

const MAX_ENTRIES = 100;

export class OrganizationRefBody {
  @ApiProperty({ maxLength: 200, example: '佛山市瑞丰科技有限公司', description: '全称 or 简称' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Other names: 简称, English name',
    example: ['瑞丰科技', 'Ruifeng Technology'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ description: '统一社会信用代码 (18 characters), when known', example: '91440605MA4W00000A' })
  @IsOptional()
  @IsString()
  @IsCreditCode()
  creditCode?: string;
}

const refList = (description: string) => [
  ApiPropertyOptional({ type: [OrganizationRefBody], description }),
  IsOptional(),
  IsArray(),
  ArrayMaxSize(MAX_ENTRIES),
  ValidateNested({ each: true }),
  Type(() => OrganizationRefBody),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

/** Replaces all of an enterprise's declarations. */
export class OrganizationDeclarationsBody {
  @ApiPropertyOptional({ description: 'The enterprise’s own 统一社会信用代码' })
  @IsOptional()
  @IsString()
  @IsCreditCode()
  creditCode?: string;

  @ApiPropertyOptional({ type: [String], description: 'The enterprise’s other names (简称, English name)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @apply(refList('Competitors: no expert tied to them is introduced without an override'))
  competitors?: OrganizationRefBody[];

  @apply(refList('Other organisations to avoid'))
  avoid?: OrganizationRefBody[];
}

/** Replaces all of a provider's declarations. */
export class ProviderDeclarationsBody {
  @apply(refList('Organisations the expert is affiliated with (beyond the profile’s affiliation)'))
  affiliations?: OrganizationRefBody[];

  @apply(refList('Employers, current or recent'))
  employers?: OrganizationRefBody[];

  @apply(refList('Companies the expert holds shares in'))
  shareholdings?: OrganizationRefBody[];

  @apply(refList('Organisations the expert does not want to work for'))
  avoid?: OrganizationRefBody[];
}

export class OverrideBody {
  @ApiProperty({ maxLength: 2000, description: 'Why the pair may be introduced despite the conflict (audited)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class ConflictReasonDto {
  @ApiProperty({ enum: ['tied_to_enterprise', 'tied_to_competitor', 'enterprise_avoids', 'provider_avoids'] })
  code: string;
  @ApiProperty({ enum: ['profile_affiliation', 'affiliation', 'employer', 'shareholding', 'avoid'] })
  providerRelation: string;
  @ApiProperty({ description: 'The organisation on the provider’s side' }) providerOrganization: string;
  @ApiProperty({ enum: ['self', 'competitor', 'avoid'] }) enterpriseRelation: string;
  @ApiProperty({ description: 'The organisation on the enterprise’s side' }) enterpriseOrganization: string;
  @ApiProperty({ enum: ['name', 'credit_code'] }) matchedBy: string;
}

export class ConflictOverrideDto {
  @ApiProperty() reason: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
}

export class PairConflictDto {
  @ApiProperty() needId: string;
  @ApiProperty() providerId: string;
  @ApiProperty() flagged: boolean;
  @ApiProperty({ type: [ConflictReasonDto] }) reasons: ConflictReasonDto[];
  @ApiProperty({ type: ConflictOverrideDto, nullable: true }) override: ConflictOverrideDto | null;
  @ApiProperty({ description: 'False while flagged and not overridden' }) introducible: boolean;
}

export class DeclaredOrganizationDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty({ type: String, nullable: true, description: '统一社会信用代码' }) creditCode: string | null;
}

export class OrganizationDeclarationsDto {
  @ApiProperty({ type: String, nullable: true, description: 'The enterprise’s own 统一社会信用代码' }) creditCode:
    string | null;
  @ApiProperty({ type: [String], description: 'The enterprise’s other names' }) aliases: string[];
  @ApiProperty({ type: [DeclaredOrganizationDto] }) competitors: DeclaredOrganizationDto[];
  @ApiProperty({ type: [DeclaredOrganizationDto] }) avoid: DeclaredOrganizationDto[];
}

export class ProviderDeclarationsDto {
  @ApiProperty({ type: [DeclaredOrganizationDto] }) affiliations: DeclaredOrganizationDto[];
  @ApiProperty({ type: [DeclaredOrganizationDto] }) employers: DeclaredOrganizationDto[];
  @ApiProperty({ type: [DeclaredOrganizationDto] }) shareholdings: DeclaredOrganizationDto[];
  @ApiProperty({ type: [DeclaredOrganizationDto] }) avoid: DeclaredOrganizationDto[];
}
