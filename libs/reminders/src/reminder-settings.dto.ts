import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ReminderPeriods } from './reminder-periods';

/** Any subset of the periods; those left out keep their current value. */
export class ReminderSettingsBody implements Partial<ReminderPeriods> {
  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  invitationReminderDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  invitationEscalationDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 180 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(180)
  invitationExpiryDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 720 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  meetingOutcomeHours?: number;
  @ApiPropertyOptional({ type: [Number], example: [30, 90] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1095, { each: true })
  agreementFollowUpDays?: number[];
  @ApiPropertyOptional({ minimum: 1, maximum: 365 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  needWithoutIntroductionDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 30 }) @IsOptional() @IsInt() @Min(1) @Max(30) reviewWorkingDays?: number;
  @ApiPropertyOptional({ minimum: 7, maximum: 1095 })
  @IsOptional()
  @IsInt()
  @Min(7)
  @Max(1095)
  reconfirmAfterDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 180 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(180)
  expireAfterReconfirmDays?: number;
}
