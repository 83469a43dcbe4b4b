import { PageQuery, QueryInt } from '@app/common';
import { PROVIDER_KINDS, LISTING_STATUSES } from '@app/listings';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const SEARCH_SORTS = ['relevance', 'newest', 'oldest', 'deadline'] as const;

export class SearchQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Free text, Chinese or English' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ description: 'Field taxonomy code or name' }) @IsOptional() @IsString() @MaxLength(100) field?: string;
  @ApiPropertyOptional({ description: 'Region code or name; matches the region and everything inside it' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional({ description: 'Cooperation / service mode' }) @IsOptional() @IsString() @MaxLength(50) mode?: string;
  @ApiPropertyOptional({ enum: PROVIDER_KINDS }) @IsOptional() @IsIn(PROVIDER_KINDS) providerType?: string;
  @ApiPropertyOptional({ enum: LISTING_STATUSES }) @IsOptional() @IsIn(LISTING_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: SEARCH_SORTS, description: 'oldest: published longest ago first (the longest waiting)' })
  @IsOptional() @IsIn(SEARCH_SORTS) sort?: (typeof SEARCH_SORTS)[number];
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 3650, description: 'Needs only: published at least this many days ago' })
  @IsOptional() @QueryInt() @IsInt() @Min(1) @Max(3650) waitingDays?: number;
}
