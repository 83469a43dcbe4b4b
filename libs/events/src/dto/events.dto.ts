import { AgreementBody } from '@app/brokerage';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MEETING_OUTCOMES, MeetingOutcome } from '../entities/event-meeting.entity';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class EventSlotBody {
  @ApiProperty({ example: '09:00', description: 'Start, HH:MM Shanghai time' })
  @IsString()
  @Matches(HHMM)
  start: string;

  @ApiProperty({ example: '09:20', description: 'End, HH:MM Shanghai time' })
  @IsString()
  @Matches(HHMM)
  end: string;
}

export class CreateEventBody {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ example: '2026-12-18', description: 'The day of the event (Shanghai time)' })
  @IsDateString({ strict: true })
  date: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'The venue (a venue or an online link is required)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  venue?: string;

  @ApiPropertyOptional({ description: 'The online meeting link' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  onlineUrl?: string;

  @ApiProperty({
    description: 'The region code (or name) of the event; a coordinator creates events in their jurisdiction',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region: string;

  @ApiProperty({ type: [EventSlotBody], description: 'The time slots, in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => EventSlotBody)
  slots: EventSlotBody[];

  @ApiProperty({ minimum: 1, maximum: 300, description: 'How many meeting tables' })
  @IsInt()
  @Min(1)
  @Max(300)
  tables: number;

  @ApiPropertyOptional({ type: [String], description: 'Table labels (default: 1, 2, …)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tableNames?: string[];

  @ApiProperty({ minimum: 2, maximum: 2000, description: 'Most participants that may register' })
  @IsInt()
  @Min(2)
  @Max(2000)
  capacity: number;

  @ApiPropertyOptional({ type: [String], description: 'Theme fields (taxonomy names or codes)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  fields?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Theme keywords' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 24, default: 4, description: 'Most meetings per participant' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  maxMeetingsPerParticipant?: number;
}

export class InviteBody {
  @ApiPropertyOptional({ type: [String], description: 'Published needs whose enterprises are invited' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  needIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Providers invited' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  providerIds?: string[];
}

export class RespondInvitationBody {
  @ApiProperty({ enum: ['register', 'decline'] })
  @IsIn(['register', 'decline'])
  decision: 'register' | 'decline';
}

export class PreferencesBody {
  @ApiProperty({ type: [String], description: 'Participants of the other side this participant wants to meet' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  wishes: string[];

  @ApiProperty({ type: [Number], description: 'Slot numbers (0-based) the participant cannot attend' })
  @IsArray()
  @ArrayMaxSize(24)
  @IsInt({ each: true })
  @Min(0, { each: true })
  unavailableSlots: number[];
}

export class PlaceMeetingBody {
  @ApiProperty()
  @IsUUID()
  enterpriseParticipantId: string;

  @ApiProperty()
  @IsUUID()
  providerParticipantId: string;

  @ApiProperty({ description: 'Slot number (0-based)' })
  @IsInt()
  @Min(0)
  slot: number;

  @ApiProperty({ description: 'Table number (0-based)' })
  @IsInt()
  @Min(0)
  table: number;
}

export class MoveMeetingBody {
  @ApiProperty({ description: 'Slot number (0-based)' })
  @IsInt()
  @Min(0)
  slot: number;

  @ApiProperty({ description: 'Table number (0-based)' })
  @IsInt()
  @Min(0)
  table: number;

  @ApiPropertyOptional({ default: true, description: 'Keep it when the schedule is recomputed' })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}

export class OutcomeBody {
  @ApiProperty({ enum: MEETING_OUTCOMES })
  @IsIn(MEETING_OUTCOMES)
  outcome: MeetingOutcome;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    type: AgreementBody,
    description: 'Required for signed: the agreement recorded on the engagement (合作签约 type, contract value)',
  })
  @ValidateIf((o: OutcomeBody) => o.outcome === 'signed')
  @IsDefined()
  @ValidateNested()
  @Type(() => AgreementBody)
  agreement?: AgreementBody;
}

export class PrintQuery {
  @ApiProperty({ enum: ['participant', 'tables'] })
  @IsIn(['participant', 'tables'])
  view: 'participant' | 'tables';

  @ApiPropertyOptional({ description: 'For view=participant' })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ enum: ['zh-CN', 'en'] })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  lang?: 'zh-CN' | 'en';
}

export class SuggestionsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

// ----- responses (for the OpenAPI document) -----

export class EventSlotView {
  @ApiProperty() start: string;
  @ApiProperty() end: string;
}

export class EventView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() date: string;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl: string | null;
  @ApiProperty({ type: [EventSlotView] }) slots: EventSlotView[];
  @ApiProperty({ type: [String] }) tableNames: string[];
  @ApiProperty() capacity: number;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty() maxMeetingsPerParticipant: number;
  @ApiProperty({ enum: ['none', 'running', 'ready', 'failed'] }) scheduleStatus: string;
  @ApiProperty({ nullable: true, type: Number }) scheduleValue: number | null;
  @ApiProperty({ nullable: true, type: Number }) scheduleBound: number | null;
  @ApiProperty({ nullable: true, type: String }) scheduleMethod: string | null;
  @ApiProperty() registeredCount: number;
  @ApiProperty({ description: 'Whether the event day has begun (outcomes may be recorded)' }) held: boolean;
  @ApiProperty({
    type: [String],
    description: "The caller's roles: coordinator, and/or the participant ids it speaks for",
  })
  viewerRoles: string[];
  @ApiProperty({ type: [String], description: 'Participant ids the caller speaks for' }) myParticipantIds: string[];
}

export class ParticipantView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['enterprise', 'provider'] }) side: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) needId: string | null;
  @ApiProperty({ nullable: true, type: String }) providerId: string | null;
  @ApiProperty({ enum: ['invited', 'registered', 'declined'] }) status: string;
  @ApiProperty({ type: [String], description: 'Shown to the coordinators and to the participant itself' })
  wishes: string[];
  @ApiProperty({ type: [Number] }) unavailableSlots: number[];
}

export class CandidateView {
  @ApiProperty() participantId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() score: number;
  @ApiProperty() wished: boolean;
  @ApiProperty({ description: 'The other side asked to meet this participant (coordinators only; false otherwise)' })
  wishedBy: boolean;
}

export class SuggestionView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() score: number;
  @ApiProperty() invited: boolean;
}

export class SuggestionsView {
  @ApiProperty({ type: [SuggestionView] }) needs: SuggestionView[];
  @ApiProperty({ type: [SuggestionView] }) providers: SuggestionView[];
}

export class MeetingView {
  @ApiProperty() id: string;
  @ApiProperty() enterpriseParticipantId: string;
  @ApiProperty() providerParticipantId: string;
  @ApiProperty() enterpriseName: string;
  @ApiProperty() providerName: string;
  @ApiProperty() slot: number;
  @ApiProperty() table: number;
  @ApiProperty() score: number;
  @ApiProperty() value: number;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ nullable: true, type: String, enum: MEETING_OUTCOMES }) outcome: string | null;
  @ApiProperty({ nullable: true, type: String }) outcomeNote: string | null;
  @ApiProperty({ nullable: true, type: String }) engagementId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['pending', 'awaiting_other_side', 'recorded', 'not_possible'],
    description: "A signed outcome's agreement on the engagement: pending until both sides accepted the introduction",
  })
  agreementStatus: string | null;
}

export class ScheduleView {
  @ApiProperty({ enum: ['none', 'running', 'ready', 'failed'] }) status: string;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: Number }) bound: number | null;
  @ApiProperty({ nullable: true, type: String }) method: string | null;
  @ApiProperty({ type: [EventSlotView] }) slots: EventSlotView[];
  @ApiProperty({ type: [String] }) tableNames: string[];
  @ApiProperty({ type: [MeetingView] }) meetings: MeetingView[];
  @ApiProperty({ type: [String], description: 'Registered participants (ids) with a candidate but no meeting' })
  uncovered: string[];
}

export class InvitedView {
  @ApiProperty({ description: 'How many were newly invited (those already invited are left as they are)' })
  invited: number;
  @ApiProperty({ type: [ParticipantView] }) participants: ParticipantView[];
}

export class DeletedView {
  @ApiProperty({ enum: [true] }) deleted: true;
}
