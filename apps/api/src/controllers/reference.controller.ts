import { DomainError, ListOf } from '@app/common';
import { Access } from '@app/identity';
import {
  Field,
  findRegion,
  getField,
  getRegion,
  listFields,
  listRegions,
  Region,
  regionEnglishName,
  regionPath,
} from '@app/reference';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  FieldItemDto,
  FieldsQueryDto,
  RegionItemDto,
  RegionsQueryDto,
  ResolvedRegionDto,
  ResolveRegionQueryDto,
} from '../dto/reference.dto';

const regionItem = (r: Region) => ({
  code: r.code,
  name: r.name,
  nameEn: regionEnglishName(r.code),
  fullName: r.fullName,
  level: r.level,
  parentCode: r.parentCode,
});
const fieldItem = (f: Field) => ({
  code: f.code,
  name: f.zh,
  nameEn: f.en,
  parentCode: f.parentCode,
  hasChildren: f.parentCode === null && listFields({ parentCode: f.code }).length > 0,
});

/** Regions of China and the field taxonomy, for pickers and filters (names in Chinese and, where known, English). */
@ApiTags('reference')
@Controller()
export class ReferenceController {
  @Get('regions')
  @Access('public')
  @ApiOperation({ summary: 'Regions: the provinces, the children of parentCode, or every region of a level' })
  @ApiOkResponse({ type: ListOf(RegionItemDto) })
  regions(@Query() query: RegionsQueryDto) {
    if (query.parentCode && !getRegion(query.parentCode)) throw DomainError.notFound('region');
    const parentCode = query.parentCode ?? (query.level ? undefined : null);
    return { items: listRegions({ parentCode, level: query.level }).map(regionItem) };
  }

  @Get('regions/resolve')
  @Access('public')
  @ApiOperation({
    summary: 'Resolve a code or a Chinese or English name ("佛山", "Foshan") to one region with its path',
  })
  @ApiOkResponse({ type: ResolvedRegionDto })
  resolveRegion(@Query() query: ResolveRegionQueryDto) {
    const region = findRegion(query.q);
    if (!region) throw DomainError.notFound('region');
    return { ...regionItem(region), path: regionPath(region.code).map(regionItem) };
  }

  @Get('fields')
  @Access('public')
  @ApiOperation({ summary: 'Fields of the taxonomy: the top-level fields, or the sub-fields of parentCode' })
  @ApiOkResponse({ type: ListOf(FieldItemDto) })
  fields(@Query() query: FieldsQueryDto) {
    if (query.parentCode && !getField(query.parentCode)) throw DomainError.notFound('field');
    return { items: listFields({ parentCode: query.parentCode ?? null }).map(fieldItem) };
  }
}
