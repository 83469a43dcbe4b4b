import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RegionLevel } from '@app/reference';

export class RegionsQueryDto {
  @ApiPropertyOptional({
    description: 'Children of this region (code in any form). Without it and without level: the provinces.',
    example: '440600',
  })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  parentCode?: string;
  @ApiPropertyOptional({ enum: ['province', 'city', 'county'] })
  @IsOptional()
  @IsIn(['province', 'city', 'county'])
  level?: 'province' | 'city' | 'county';
}

export class ResolveRegionQueryDto {
  @ApiProperty({ description: 'A code or a name, Chinese or English: 佛山, 广东佛山, Foshan, 440600' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  q: string;
}

export class FieldsQueryDto {
  @ApiPropertyOptional({
    description: 'Sub-fields of this top-level field; without it the top-level fields',
    example: 'materials',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  parentCode?: string;
}

export class RegionItemDto {
  @ApiProperty({ example: '440600' }) code: string;
  @ApiProperty({ example: '佛山市' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'Foshan' }) nameEn: string | null;
  @ApiProperty({ example: '广东省佛山市' }) fullName: string;
  @ApiProperty({ enum: ['province', 'city', 'county'] }) level: RegionLevel;
  @ApiProperty({ type: String, nullable: true, description: 'Null for provinces' }) parentCode: string | null;
}

export class ResolvedRegionDto extends RegionItemDto {
  @ApiProperty({ type: [RegionItemDto], description: 'From the province down to the region itself' })
  path: RegionItemDto[];
}

export class FieldItemDto {
  @ApiProperty({ example: 'materials.battery' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty() hasChildren: boolean;
}
