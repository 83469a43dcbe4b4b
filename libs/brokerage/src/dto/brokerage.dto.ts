import { PageQuery, QueryInt } from '@app/common';
import { COOPERATION_MODES } from '@app/listings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsDefined,
  IsEmail,
  Matches,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DECLINE_REASONS,
  DeclineReason,
  ENGAGEMENT_STATUSES,
  EngagementStatus,
  MANUAL_TARGETS,
  Side,
} from '../engagement-pipeline';

export class IntroduceBody {
  @ApiPropertyOptional({
    description: "The coordinator's words to both sides, shown with the invitation",
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ManualIntroductionBody extends IntroduceBody {
  @ApiProperty({ description: 'The provider to introduce' })
  @IsUUID()
  providerId: string;
}

export class ReasonBody {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class RejectMatchBody extends ReasonBody {
  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Why, as a code the matching engine can learn from' })
  @IsOptional()
  @IsIn(DECLINE_REASONS)
  reasonCode?: DeclineReason;
}

export class IntroductionRequestBody {
  @ApiProperty({ description: 'The provider found in search' })
  @IsUUID()
  providerId: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class InterestBody {
  @ApiPropertyOptional({ description: 'Which of your provider profiles (needed only when you have several)' })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export const CONFIRMATION_CHANNELS = ['email', 'letter', 'signed_form', 'fax', 'message'] as const;

/** What the enterprise confirmed in writing before a coordinator accepts on its behalf (the confidential part opens on acceptance). */
export class WrittenConfirmationBody {
  @ApiProperty({
    minLength: 10,
    maxLength: 2000,
    description: "The enterprise's statement as received, e.g. who agreed to what and when",
  })
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  statement: string;

  @ApiProperty({ enum: CONFIRMATION_CHANNELS })
  @IsIn(CONFIRMATION_CHANNELS)
  channel: (typeof CONFIRMATION_CHANNELS)[number];

  @ApiPropertyOptional({ maxLength: 200, description: 'Where the written statement is kept (file number, message id)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;
}

/** The contact person a side names when it accepts; fields left out are taken from its profile or account. */
export class ContactBody {
  @ApiPropertyOptional({ maxLength: 100, description: 'The contact person' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Their role, e.g. 技术总监' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  role?: string;

  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{4,38}$/)
  phone?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
}

export class RespondBody {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  decision: 'accept' | 'decline';

  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Required to decline' })
  @ValidateIf((o: RespondBody) => o.decision === 'decline')
  @IsIn(DECLINE_REASONS)
  reasonCode?: DeclineReason;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required with reasonCode "other"' })
  @ValidateIf((o: RespondBody) => o.reasonCode === 'other' || o.reasonText !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reasonText?: string;

  @ApiPropertyOptional({
    enum: ['enterprise', 'provider'],
    description: 'The side answered for; a coordinator answers on behalf of a side they phoned',
  })
  @IsOptional()
  @IsIn(['enterprise', 'provider'])
  side?: Side;

  @ApiPropertyOptional({
    type: WrittenConfirmationBody,
    description:
      "Required when a coordinator accepts on the enterprise's behalf: its written confirmation, recorded and audited",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WrittenConfirmationBody)
  writtenConfirmation?: WrittenConfirmationBody;

  @ApiPropertyOptional({
    type: ContactBody,
    description:
      'With accept: who the other side should call. A phone or an e-mail is needed, from here or from the profile',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactBody)
  contact?: ContactBody;
}

export class MeetingBody {
  @ApiProperty({ description: 'ISO date and time' })
  @IsDateString()
  at: string;

  @ApiProperty({ enum: ['online', 'in_person'] })
  @IsIn(['online', 'in_person'])
  mode: 'online' | 'in_person';

  @ApiPropertyOptional({ description: 'The address, or the link of an online meeting', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string;
}

export class AgreementBody {
  @ApiProperty({ enum: COOPERATION_MODES, description: '合作签约 type' })
  @IsIn(COOPERATION_MODES)
  type: string;

  @ApiPropertyOptional({ description: 'Contract value in CNY' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e13)
  contractValue?: number;

  @ApiPropertyOptional({ description: 'ISO date; defaults to now' })
  @IsOptional()
  @IsDateString()
  signedAt?: string;
}

export class TransitionBody {
  @ApiProperty({ enum: MANUAL_TARGETS })
  @IsIn(ENGAGEMENT_STATUSES)
  to: EngagementStatus;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why; required to close' })
  @ValidateIf((o: TransitionBody) => o.to === 'closed' || o.reason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ type: MeetingBody, description: 'Required for meeting_scheduled' })
  @ValidateIf((o: TransitionBody) => o.to === 'meeting_scheduled')
  @IsDefined()
  @ValidateNested()
  @Type(() => MeetingBody)
  meeting?: MeetingBody;

  @ApiPropertyOptional({ type: AgreementBody, description: 'Required for agreement_signed' })
  @ValidateIf((o: TransitionBody) => o.to === 'agreement_signed')
  @IsDefined()
  @ValidateNested()
  @Type(() => AgreementBody)
  agreement?: AgreementBody;
}

export class TextBody {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  body: string;
}

export class EngagementListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENGAGEMENT_STATUSES })
  @IsOptional()
  @IsIn(ENGAGEMENT_STATUSES)
  status?: EngagementStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  needId?: string;

  @ApiPropertyOptional({ description: 'Only introductions waiting for my answer' })
  @IsOptional()
  @IsIn(['true', 'false'])
  awaitingMe?: 'true' | 'false';
}

export class CandidatesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 5 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 5;
}
