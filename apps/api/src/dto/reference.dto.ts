import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class RegionsQueryDto {
  @ApiPropertyOptional({ description: 'Children of this region (code in any form). Without it and without level: the provinces.', example: '440600' })
  @IsOptional() @IsString() @MaxLength(12) parentCode?: string;
  @ApiPropertyOptional({ enum: ['province', 'city', 'county'] }) @IsOptional() @IsIn(['province', 'city', 'county']) level?: 'province' | 'city' | 'county';
}

export class ResolveRegionQueryDto {
  @ApiProperty({ description: 'A code or a name, Chinese or English: 佛山, 广东佛山, Foshan, 440600' }) @IsString() @IsNotEmpty() @MaxLength(64) q: string;
}

export class FieldsQueryDto {
  @ApiPropertyOptional({ description: 'Sub-fields of this top-level field; without it the top-level fields', example: 'materials' })
  @IsOptional() @IsString() @MaxLength(100) parentCode?: string;
}
