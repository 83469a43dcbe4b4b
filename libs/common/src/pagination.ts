import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An integer query parameter; given twice (?limit=10&limit=1) it counts by its last value, as most servers do. */
export const QueryInt = () =>
  Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
    const raw = obj[key];
    const value: unknown = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    return value === undefined || value === '' ? undefined : Number(value);
  });

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

const pageSchemas = new Map<Type<unknown>, Type<Page<unknown>>>();
const listSchemas = new Map<Type<unknown>, Type<{ items: unknown[] }>>();

/**
 * The OpenAPI schema of a `Page<T>`: `{ items: T[], total, page, limit }`, named `<Item>Page` (one class per item
 * type, made once). Use it in `@ApiOkResponse({ type: PageOf(ItemDto) })` for every paginated list.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  let schema = pageSchemas.get(item);
  if (!schema) {
    class PageOfItems implements Page<unknown> {
      @ApiProperty({ type: () => [item] }) items: unknown[];
      @ApiProperty({ type: 'integer', description: 'How many match, over all pages' }) total: number;
      @ApiProperty({ type: 'integer' }) page: number;
      @ApiProperty({ type: 'integer' }) limit: number;
    }
    Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
    schema = PageOfItems;
    pageSchemas.set(item, schema);
  }
  return schema as Type<Page<T>>;
}

/** The OpenAPI schema of a whole list answered as `{ items: T[] }` (no paging), named `<Item>List`. */
export function ListOf<T>(item: Type<T>): Type<{ items: T[] }> {
  let schema = listSchemas.get(item);
  if (!schema) {
    class ListOfItems {
      @ApiProperty({ type: () => [item] }) items: unknown[];
    }
    Object.defineProperty(ListOfItems, 'name', { value: `${item.name.replace(/Dto$/, '')}List` });
    schema = ListOfItems;
    listSchemas.set(item, schema);
  }
  return schema as Type<{ items: T[] }>;
}
