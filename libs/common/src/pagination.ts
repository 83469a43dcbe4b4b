import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An integer query parameter; given twice (?limit=10&limit=1) it counts by its last value, as most servers do. */
export const QueryInt = () => Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  const value: unknown = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  return value === undefined || value === '' ? undefined : Number(value);
});

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional() @QueryInt() @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @QueryInt() @IsInt() @Min(1) @Max(100)
  limit = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
