import { PageQuery } from '@app/common';
import { ORGANIZATION_TYPES, OrganizationType } from '@app/identity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class DirectoryUsersQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, e-mail address or mobile number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ type: Boolean, description: 'Only platform admins (true) or only the others (false)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  admin?: boolean;
}

export class DirectoryOrganizationsQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, or the whole 统一社会信用代码' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES }) @IsOptional() @IsIn(ORGANIZATION_TYPES) type?: OrganizationType;
  @ApiPropertyOptional({
    description: 'Region code (6 digits): the region and everything inside it',
    example: '440600',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/)
  region?: string;
}

export class DirectoryUserDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty() isPlatformAdmin: boolean;
  @ApiProperty() emailConfirmed: boolean;
  @ApiProperty() mobileConfirmed: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'How many organisations the user belongs to' }) organizations: number;
}

export class DirectoryOrganizationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) jurisdictionRegionCode: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'How many members it has' }) members: number;
  @ApiProperty({ type: String, nullable: true, description: '统一社会信用代码' }) creditCode: string | null;
}
