import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  cleanList,
  FieldErrorList,
  LISTING_LIMITS as L,
  normalizeFields,
  normalizeModes,
  normalizeRegion,
  OptionalNotNull,
} from '../lifecycle/listing-input';
import { CapabilityContent } from './capability-kind';

/** A capability's content as its owner writes it; on PATCH every property is optional (absent: unchanged). */
class CapabilityInputBase {
  @ApiPropertyOptional({ maxLength: L.longText })
  @OptionalNotNull()
  @IsString()
  @MaxLength(L.longText)
  description?: string;

  @ApiPropertyOptional({ type: [String], description: 'Taxonomy fields by code or name; free terms go to keywords' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(L.fields)
  @IsString({ each: true })
  @MaxLength(L.item, { each: true })
  fields?: string[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(L.keywords)
  @IsString({ each: true })
  @MaxLength(L.item, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Service modes: 联合攻关, 成果转化, 技术咨询, 人才培养, 设备共享, 其他 (or their codes)',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  serviceModes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Regions served, by name or code' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(L.regions)
  @IsString({ each: true })
  @MaxLength(L.item, { each: true })
  regions?: string[];

  @ApiPropertyOptional({ nullable: true, example: '每月可安排两次现场服务' })
  @IsOptional()
  @IsString()
  @MaxLength(L.item)
  availability?: string | null;
}

export class CapabilityInput extends CapabilityInputBase {
  @ApiPropertyOptional({ maxLength: L.title, example: '焊缝视觉识别与机器人自动编程' })
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.title)
  title?: string;
}

export class CreateCapabilityRequest extends CapabilityInputBase {
  @ApiProperty({ maxLength: L.title, example: '焊缝视觉识别与机器人自动编程' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.title)
  title: string;

  @ApiPropertyOptional({
    description: 'The provider publishing it; needed only when you manage several provider profiles',
  })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

/** Applies an owner's input to a capability's content; throws with every bad field. */
export function applyCapabilityInput(current: CapabilityContent, input: CapabilityInput): CapabilityContent {
  const errors = new FieldErrorList();
  const next: CapabilityContent = { ...current };
  if (input.title !== undefined) next.title = input.title.trim();
  if (input.description !== undefined) next.description = input.description.trim();
  if (input.fields !== undefined) next.fields = normalizeFields(input.fields, 'fields', errors);
  if (input.keywords !== undefined) next.keywords = cleanList(input.keywords);
  if (input.serviceModes !== undefined) next.serviceModes = normalizeModes(input.serviceModes, 'serviceModes', errors);
  if (input.regions !== undefined) {
    const codes = input.regions.map((r, i) => (r.trim() ? normalizeRegion(r, `regions[${i}]`, errors) : null));
    next.regionCodes = [...new Set(codes.filter((c): c is string => !!c))];
  }
  if (input.availability !== undefined) next.availability = input.availability?.trim() || null;
  if (!next.title) errors.add('title', 'isDefined');
  errors.throwIfAny();
  return next;
}
