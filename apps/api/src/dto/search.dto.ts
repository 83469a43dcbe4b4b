import { PageQuery, QueryInt } from '@app/common';
import {
  COOPERATION_MODES,
  CooperationMode,
  LISTING_STATUSES,
  ListingStatus,
  PROVIDER_KINDS,
  ProviderKind,
} from '@app/listings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const SEARCH_SORTS = ['relevance', 'newest', 'oldest', 'deadline'] as const;

export class SearchQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Free text, Chinese or English' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ description: 'Field taxonomy code or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  field?: string;
  @ApiPropertyOptional({ description: 'Region code or name; matches the region and everything inside it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;
  @ApiPropertyOptional({ description: 'Cooperation / service mode' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  mode?: string;
  @ApiPropertyOptional({ enum: PROVIDER_KINDS }) @IsOptional() @IsIn(PROVIDER_KINDS) providerType?: string;
  @ApiPropertyOptional({ enum: LISTING_STATUSES }) @IsOptional() @IsIn(LISTING_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: SEARCH_SORTS, description: 'oldest: published longest ago first (the longest waiting)' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: (typeof SEARCH_SORTS)[number];
  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: 3650,
    description: 'Needs only: published at least this many days ago',
  })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(3650)
  waitingDays?: number;
}

const FACETS = {
  type: 'object',
  description: 'Per facet (field, region, mode, providerType, status): how many hits carry each value',
  additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
  example: { field: { materials: 3 }, region: { '440000': 2 } },
} as const;
const EPOCH = (description: string) =>
  ({ type: 'integer', nullable: true, description: `${description} (Unix seconds)` }) as const;

/** What every hit carries: the indexed public fields, with the title and snippet highlighted by <mark>. */
class SearchHitDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ description: 'The need’s or capability’s title, the provider’s name' }) title: string;
  @ApiProperty({ description: 'The title with the matched terms in <mark>' }) highlightedTitle: string;
  @ApiProperty({ description: 'A cropped, highlighted extract of the description or bio' }) snippet: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: [String], description: 'Field codes, with their parents' }) fieldCodes: string[];
  @ApiProperty({ type: [String], description: 'Region codes, with the enclosing regions' }) regionCodes: string[];
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) modes: CooperationMode[];
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty(EPOCH('Created')) createdAt: number | null;
}

export class NeedSearchHitDto extends SearchHitDto {
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiProperty(EPOCH('Deadline')) deadline: number | null;
  @ApiProperty(EPOCH('Published')) publishedAt: number | null;
}

export class CapabilitySearchHitDto extends SearchHitDto {
  @ApiProperty() description: string;
  @ApiProperty() providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({ enum: PROVIDER_KINDS }) providerType: ProviderKind;
  @ApiProperty(EPOCH('Published')) publishedAt: number | null;
}

export class ProviderSearchHitDto extends SearchHitDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty() bio: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ enum: PROVIDER_KINDS }) providerType: ProviderKind;
  @ApiProperty() available: boolean;
  @ApiProperty({ type: [String] }) capabilityTitles: string[];
  @ApiProperty({ type: [String] }) publicationTitles: string[];
}

class SearchPageFieldsDto {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty(FACETS) facets: Record<string, Record<string, number>>;
}

export class NeedSearchResultDto extends SearchPageFieldsDto {
  @ApiProperty({ type: [NeedSearchHitDto] }) items: NeedSearchHitDto[];
}

export class CapabilitySearchResultDto extends SearchPageFieldsDto {
  @ApiProperty({ type: [CapabilitySearchHitDto] }) items: CapabilitySearchHitDto[];
}

export class ProviderSearchResultDto extends SearchPageFieldsDto {
  @ApiProperty({ type: [ProviderSearchHitDto] }) items: ProviderSearchHitDto[];
}
