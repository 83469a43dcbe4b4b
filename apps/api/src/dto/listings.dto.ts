import {
  COOPERATION_MODES,
  CooperationMode,
  LifecycleState,
  LISTING_ACTIONS,
  LISTING_LIMITS,
  LISTING_STATUSES,
  ListingAction,
  ListingStatus,
  ReviewedType,
  PendingRevisionStatus,
  PROVIDER_KINDS,
  ProviderKind,
} from '@app/listings';
import { PageQuery } from '@app/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListingsQueryDto extends PageQuery {
  @ApiPropertyOptional({
    description:
      'true: the listings of your own organisations, in any status (sign-in required); otherwise published ones',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  )
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: LISTING_STATUSES }) @IsOptional() @IsIn(LISTING_STATUSES) status?: ListingStatus;
}

export class ReturnListingDto {
  @ApiProperty({ description: 'Why it goes back; the owner sees it', example: '请补充现有设备型号和期望的节拍。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LISTING_LIMITS.reason)
  reason: string;
}

export class ReviewQueueQueryDto extends PageQuery {
  @ApiPropertyOptional({
    enum: ['need', 'capability', 'provider'],
    description: "All when absent; 'provider': experts' own profiles",
  })
  @IsOptional()
  @IsIn(['need', 'capability', 'provider'])
  type?: ReviewedType;
}

const LIFECYCLE_STATES = [...LISTING_STATUSES, 'revision_submitted', 'revision_returned'] as const;
const VISIBLE_ACTIONS = LISTING_ACTIONS.filter((a) => a !== 'expire');

export class AttachmentDto {
  @ApiProperty() name: string;
  @ApiProperty() url: string;
}

/** The public content of a need, as published or as proposed in a pending revision. */
class NeedContentDto {
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String], description: 'As entered: field codes or names' }) fields: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'string', nullable: true },
    description: 'The field code of each entry of `fields`, null when unknown',
  })
  fieldCodes: (string | null)[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: '广东省佛山市' }) regionName: string | null;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ type: Number, nullable: true, description: 'Yuan' }) budgetMin: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Yuan' }) budgetMax: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', example: '2026-12-31' }) deadline: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Only for the owner, the coordinators in charge and admins',
  })
  confidentialDetails?: string | null;
  @ApiPropertyOptional({
    type: [AttachmentDto],
    description: 'Only for the owner, the coordinators in charge and admins',
  })
  confidentialAttachments?: AttachmentDto[];
}

class PendingRevisionFieldsDto {
  @ApiProperty({ enum: ['submitted', 'returned'] }) status: PendingRevisionStatus;
  @ApiProperty({ type: 'integer', description: 'The published revision it edits' }) baseRevision: number;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ type: String, nullable: true }) returnReason: string | null;
}

export class NeedPendingRevisionDto extends IntersectionType(NeedContentDto, PendingRevisionFieldsDto) {}

/** What needs and capabilities share: identity, lifecycle and what the caller may do next. */
class ListingFieldsDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty({ enum: LIFECYCLE_STATES }) state: LifecycleState;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) publishedAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Owner and reviewers only' }) returnReason?:
    string | null;
  @ApiProperty({ enum: VISIBLE_ACTIONS, isArray: true, description: 'What the caller may do next' })
  allowedActions: ListingAction[];
}

/** A need as the caller may see it: the confidential part, return reason and pending edit only for those allowed. */
export class NeedViewDto extends IntersectionType(NeedContentDto, ListingFieldsDto) {
  @ApiProperty() organizationId: string;
  @ApiProperty({ type: String, nullable: true }) organizationName: string | null;
  @ApiPropertyOptional({
    type: NeedPendingRevisionDto,
    nullable: true,
    description: 'Owner and reviewers only: the edit waiting for review or returned',
  })
  pendingRevision?: NeedPendingRevisionDto | null;
}

class CapabilityContentDto {
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: 'array', items: { type: 'string', nullable: true } }) fieldCodes: (string | null)[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) serviceModes: CooperationMode[];
  @ApiProperty({ type: [String] }) regionCodes: string[];
  @ApiProperty({ type: [String], description: 'Full name of each region code (the code itself when unknown)' })
  regionNames: string[];
  @ApiProperty({ type: String, nullable: true }) availability: string | null;
}

export class CapabilityPendingRevisionDto extends IntersectionType(CapabilityContentDto, PendingRevisionFieldsDto) {}

export class CapabilityViewDto extends IntersectionType(CapabilityContentDto, ListingFieldsDto) {
  @ApiProperty() providerId: string;
  @ApiProperty({ type: String, nullable: true }) providerName: string | null;
  @ApiProperty({ enum: PROVIDER_KINDS, nullable: true }) providerType: ProviderKind | null;
  @ApiPropertyOptional({ type: CapabilityPendingRevisionDto, nullable: true, description: 'Owner and reviewers only' })
  pendingRevision?: CapabilityPendingRevisionDto | null;
}

export class PreviousReturnDto {
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() returnedAt: Date;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The public content that was sent back',
  })
  content: Record<string, unknown> | null;
}

export class ReviewQueueItemDto {
  @ApiProperty({ enum: ['need', 'capability', 'provider'], description: "'provider': an expert's own profile" })
  type: ReviewedType;
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({
    enum: ['submitted', 'revision_submitted'],
    description: '`revision_submitted`: an edit of a published listing',
  })
  state: 'submitted' | 'revision_submitted';
  @ApiProperty({ type: 'integer', description: 'The revision approval would publish' }) revision: number;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The enterprise of a need, the provider of a capability' })
  ownerName: string | null;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ type: 'integer' }) waitingSeconds: number;
  @ApiProperty({ type: PreviousReturnDto, nullable: true, description: 'When it was returned before and resubmitted' })
  previousReturn: PreviousReturnDto | null;
}
