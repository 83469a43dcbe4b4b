import { PageQuery } from '@app/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AuditQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Exact action, or a prefix ending in * (membership.*)', example: 'membership.role-changed' })
  @IsOptional() @IsString() @MaxLength(100) action?: string;
  @ApiPropertyOptional({ description: 'The record acted on' }) @IsOptional() @IsString() @MaxLength(100) targetId?: string;
  @ApiPropertyOptional({ example: 'organization' }) @IsOptional() @IsString() @MaxLength(50) targetType?: string;
  @ApiPropertyOptional({ description: 'The user who acted' }) @IsOptional() @IsUUID() actorId?: string;
}
