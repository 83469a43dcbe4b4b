import { PageQuery } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQueryDto extends PageQuery {
  @ApiPropertyOptional({
    description: 'Exact action, or a prefix ending in * (membership.*)',
    example: 'membership.role-changed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
  @ApiPropertyOptional({ description: 'The record acted on' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string;
  @ApiPropertyOptional({ example: 'organization' }) @IsOptional() @IsString() @MaxLength(50) targetType?: string;
  @ApiPropertyOptional({ description: 'The user who acted' }) @IsOptional() @IsUUID() actorId?: string;
}

export class AuditEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for the system' }) actorId: string | null;
  @ApiProperty({ example: 'need.approve' }) action: string;
  @ApiProperty({ example: 'need' }) targetType: string;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}
