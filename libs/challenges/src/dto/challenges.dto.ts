import { PageQuery } from '@app/common';
import { PROVIDER_KINDS } from '@app/listings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
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
import { UNSUCCESSFUL_REASONS, UnsuccessfulReason } from '../challenge-rules';

export class CriterionInput {
  @ApiProperty({ maxLength: 200, example: '技术路线可行性' }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ minimum: 1, maximum: 100, description: 'Whole percent; the weights of all criteria sum to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;
}

export class MilestoneInput {
  @ApiProperty({ maxLength: 500 }) @IsString() @IsNotEmpty() @MaxLength(500) title: string;
  @ApiProperty({ maxLength: 4000, description: 'What the enterprise checks to accept it (验收条件)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  acceptanceCriteria: string;
  @ApiProperty({ description: 'ISO date-time; after the deadline, and not before the previous milestone' })
  @IsDateString({ strict: true })
  dueAt: string;
}

export class ChallengeInput {
  @ApiPropertyOptional({ maxLength: 500, description: "Defaults to the need's title" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;
  @ApiProperty({ maxLength: 20000, description: 'The public call (榜单)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  callText: string;
  @ApiProperty({ description: 'ISO date-time when applications close' })
  @IsDateString({ strict: true })
  deadline: string;
  @ApiPropertyOptional({ minimum: 0, description: 'Reward or budget range, CNY' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  rewardMin?: number;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsNumber() @Min(0) rewardMax?: number;
  @ApiPropertyOptional({
    type: [String],
    description: 'Regions (name or code) a provider must lie within; empty: anywhere',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eligibleRegions?: string[];
  @ApiPropertyOptional({
    enum: PROVIDER_KINDS,
    isArray: true,
    description: 'Provider kinds that may apply; empty: every kind',
  })
  @IsOptional()
  @IsArray()
  @IsIn(PROVIDER_KINDS, { each: true })
  eligibleKinds?: string[];
  @ApiPropertyOptional({ maxLength: 2000, description: 'Minimum qualifications applicants confirm they meet' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  minQualifications?: string;
  @ApiPropertyOptional({ type: [String], description: "Taxonomy fields for the board; defaults to the need's" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  fields?: string[];
  @ApiProperty({ type: [CriterionInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];
  @ApiProperty({ type: [MilestoneInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[];
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 50,
    default: 5,
    description: 'How many best-matching eligible providers to invite when the call opens',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  inviteCount?: number;
}

export class AttachmentInput {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ maxLength: 2000 })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url: string;
}

export class TeamMemberInput {
  @ApiProperty({ maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiProperty({ maxLength: 200, example: '负责人' }) @IsString() @IsNotEmpty() @MaxLength(200) role: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) affiliation?: string;
}

export class ScheduleItemInput {
  @ApiProperty({ description: 'The milestone number (1, 2 …) of the call' }) @IsInt() @Min(1) milestone: number;
  @ApiProperty({ description: 'ISO date the provider plans to deliver it' })
  @IsDateString({ strict: true })
  plannedDate: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ProposalInput {
  @ApiProperty({ maxLength: 20000, description: 'Technical approach (技术路线)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  approach: string;
  @ApiProperty({ type: [TeamMemberInput], description: 'The lead and named co-members' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInput)
  team: TeamMemberInput[];
  @ApiProperty({ type: [ScheduleItemInput], description: 'One planned date per milestone' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScheduleItemInput)
  schedule: ScheduleItemInput[];
  @ApiProperty({ minimum: 0, description: 'Price, CNY' }) @IsNumber() @Min(0) price: number;
  @ApiPropertyOptional({ type: [AttachmentInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentInput)
  attachments?: AttachmentInput[];
  @ApiPropertyOptional({
    description: "Confirms the provider meets the call's minimum qualifications (required when it has some)",
  })
  @IsOptional()
  @IsBoolean()
  meetsQualifications?: boolean;
}

export class ApplicationInput extends ProposalInput {
  @ApiProperty({ description: 'The provider applying (your expert profile, society or workstation)' })
  @IsUUID()
  providerId: string;
}

export class ReasonInput {
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class ReviewerInput {
  @ApiProperty({ description: 'The e-mail address of a registered user to invite as reviewer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  email: string;
}

export class DeclarationInput {
  @ApiProperty({ type: [String], description: 'Applications you have a conflict of interest with (empty: none)' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  conflictedApplicationIds: string[];
  @ApiProperty({ maxLength: 2000, example: '本人与以上未列出的揭榜方无利益关系。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  statement: string;
}

export class ScoreInput {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Score 0–100 per criterion key (c1, c2 …)',
    example: { c1: 80, c2: 70 },
  })
  @IsObject()
  scores: Record<string, number>;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class ShortlistInput {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  applicationIds: string[];
}

export class UnsuccessfulInput {
  @ApiProperty() @IsUUID() applicationId: string;
  @ApiProperty({ enum: UNSUCCESSFUL_REASONS }) @IsIn(UNSUCCESSFUL_REASONS) reasonCode: UnsuccessfulReason;
}

export class AwardInput {
  @ApiProperty({ description: 'A shortlisted application' }) @IsUUID() applicationId: string;
  @ApiProperty({ maxLength: 4000, description: 'Why this proposal wins (recorded and audited)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason: string;
  @ApiPropertyOptional({ type: [UnsuccessfulInput], description: 'Reason codes for the others; default lower_score' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => UnsuccessfulInput)
  unsuccessful?: UnsuccessfulInput[];
}

export class MilestoneSubmissionInput {
  @ApiProperty({ type: [AttachmentInput], description: 'Evidence (reports, test records) as links' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentInput)
  evidence: AttachmentInput[];
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class MilestoneReviewInput {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class BoardQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A taxonomy field (code or name)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  field?: string;
  @ApiPropertyOptional({ description: 'Region code or name: calls whose enterprise lies within it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;
  @ApiPropertyOptional({
    enum: ['open', 'all'],
    default: 'open',
    description: 'open: calls still taking applications; all: every public call',
  })
  @IsOptional()
  @IsIn(['open', 'all'])
  phase?: 'open' | 'all';
}
