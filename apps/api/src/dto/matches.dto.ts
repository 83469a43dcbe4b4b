import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInt } from '@app/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class MatchesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional() @QueryInt() @IsInt() @Min(1) @Max(500)
  limit = 50;
}
