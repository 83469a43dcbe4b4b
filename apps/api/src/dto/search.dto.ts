import { PageQuery } from '@app/common';
import { PROVIDER_KINDS, LISTING_STATUSES } from '@app/listings';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class SearchQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Free text, Chinese or English' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ description: 'Field taxonomy code or name' }) @IsOptional() @IsString() @MaxLength(100) field?: string;
  @ApiPropertyOptional({ description: 'Region code or name; matches the region and everything inside it' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional({ description: 'Cooperation / service mode' }) @IsOptional() @IsString() @MaxLength(50) mode?: string;
  @ApiPropertyOptional({ enum: PROVIDER_KINDS }) @IsOptional() @IsIn(PROVIDER_KINDS) providerType?: string;
  @ApiPropertyOptional({ enum: LISTING_STATUSES }) @IsOptional() @IsIn(LISTING_STATUSES) status?: string;
  @ApiPropertyOptional({ enum: ['relevance', 'newest', 'oldest', 'deadline'] }) @IsOptional() @IsIn(['relevance', 'newest', 'oldest', 'deadline']) sort?: 'relevance' | 'newest' | 'oldest' | 'deadline';
}
