import { ContentRules, IsYuanAmount, Label } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FieldErrorList,
  LISTING_LIMITS as L,
  cleanList,
  normalizeFields,
  normalizeModes,
  normalizeRegion,
  OptionalNotNull,
  todayInChina,
} from '../lifecycle/listing-input';
import { EMPTY_NEED, NeedContent } from './need-kind';

export class AttachmentInput {
  @ApiProperty({ example: '工艺参数表.pdf' })
  @Label('附件名称', 'Attachment name')
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.item)
  name: string;
  @ApiProperty({ example: 'https://files.example.com/p/abc.pdf' })
  @Label('附件链接', 'Attachment link')
  @IsString()
  @MaxLength(L.url)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url: string;
}

/**
 * A need's content as an owner writes it; on PATCH every property is optional (absent: unchanged; null: cleared,
 * for the properties that can be empty). Regions by name or code, fields from the taxonomy by code or name,
 * cooperation modes as 联合攻关 / joint_rnd / "Joint R&D".
 */
@ContentRules((body) => applyNeedInput({ ...EMPTY_NEED, title: '-' }, body))
class NeedInputBase {
  @ApiPropertyOptional({ maxLength: L.longText })
  @OptionalNotNull()
  @IsString()
  @MaxLength(L.longText)
  description?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Taxonomy fields by code or name (材料, materials.battery, 电池材料); free terms go to keywords',
  })
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
    nullable: true,
    description: 'Region name (广东省佛山市, 佛山, Foshan) or code (440600); defaults to the organisation’s region',
  })
  @IsOptional()
  @IsString()
  @MaxLength(L.item)
  region?: string | null;

  @ApiPropertyOptional({
    type: [String],
    description:
      '联合攻关, 成果转化, 技术咨询, 人才培养, 设备共享, 其他 (or joint_rnd, tech_transfer, consulting, training, shared_equipment, other)',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  cooperationModes?: string[];

  @ApiPropertyOptional({ nullable: true, description: 'Yuan' })
  @IsOptional()
  @IsYuanAmount()
  @Min(0)
  @Max(1e12)
  budgetMin?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'Yuan' })
  @IsOptional()
  @IsYuanAmount()
  @Min(0)
  @Max(1e12)
  budgetMax?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '2027-06-30',
    description: 'The last day (China time) the need is open; it expires after',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  deadline?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Confidential: the owner, the coordinators in charge and admins only; never indexed',
  })
  @Label('保密说明', 'Confidential details')
  @IsOptional()
  @IsString()
  @MaxLength(L.longText)
  confidentialDetails?: string | null;

  @ApiPropertyOptional({
    type: [AttachmentInput],
    description: 'Confidential links, same readers as confidentialDetails',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(L.attachments)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AttachmentInput)
  confidentialAttachments?: AttachmentInput[];
}

export class NeedInput extends NeedInputBase {
  @ApiPropertyOptional({ maxLength: L.title, example: '小批量五金件焊接自动化改造' })
  @Label('需求标题', 'Need title')
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.title)
  title?: string;
}

export class CreateNeedRequest extends NeedInputBase {
  @ApiProperty({ maxLength: L.title, example: '小批量五金件焊接自动化改造' })
  @Label('需求标题', 'Need title')
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.title)
  title: string;

  @ApiPropertyOptional({
    description: 'The enterprise posting it; needed only when you belong to several organisations',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

/** Applies an owner's input to a need's content, resolving regions, fields and modes; throws with every bad field. */
export function applyNeedInput(
  current: NeedContent,
  input: NeedInput,
  defaults: { regionCode: string | null } = { regionCode: null },
): NeedContent {
  const errors = new FieldErrorList(NeedInput);
  const next: NeedContent = { ...current };
  if (input.title !== undefined) next.title = input.title.trim();
  if (input.description !== undefined) next.description = input.description.trim();
  if (input.fields !== undefined) next.fields = normalizeFields(input.fields, 'fields', errors);
  if (input.keywords !== undefined) next.keywords = cleanList(input.keywords);
  if (input.region !== undefined)
    next.regionCode = input.region?.trim() ? normalizeRegion(input.region, 'region', errors) : null;
  else if (!next.regionCode) next.regionCode = defaults.regionCode;
  if (input.cooperationModes !== undefined)
    next.cooperationModes = normalizeModes(input.cooperationModes, 'cooperationModes', errors);
  if (input.budgetMin !== undefined) next.budgetMin = input.budgetMin === null ? null : String(input.budgetMin);
  if (input.budgetMax !== undefined) next.budgetMax = input.budgetMax === null ? null : String(input.budgetMax);
  if (input.deadline !== undefined) {
    next.deadline = input.deadline ? input.deadline.slice(0, 10) : null;
    if (next.deadline && next.deadline < todayInChina()) errors.add('deadline', 'notPast');
    else if (next.deadline && next.deadline > latestDeadline())
      errors.add('deadline', 'tooFarAhead', { 0: latestDeadline(), years: MAX_DEADLINE_YEARS });
  }
  if (input.confidentialDetails !== undefined) next.confidentialDetails = input.confidentialDetails?.trim() || null;
  if (input.confidentialAttachments !== undefined)
    next.confidentialAttachments = input.confidentialAttachments.map((a) => ({
      name: a.name.trim(),
      url: a.url.trim(),
    }));
  if (!next.title) errors.add('title', 'isDefined');
  if (next.budgetMin !== null && next.budgetMax !== null && Number(next.budgetMax) < Number(next.budgetMin))
    errors.add('budgetMax', 'budgetRange');
  errors.throwIfAny();
  return next;
}

/** A deadline further ahead than this is a typing slip (2126 for 2026), not a plan. */
const MAX_DEADLINE_YEARS = 5;

function latestDeadline(): string {
  const [y, m, d] = todayInChina().split('-');
  return `${Number(y) + MAX_DEADLINE_YEARS}-${m}-${d}`;
}
