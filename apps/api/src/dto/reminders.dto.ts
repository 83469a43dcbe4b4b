import { ListingStatus, LISTING_STATUSES } from '@app/listings';
import { ApiProperty, PartialType } from '@nestjs/swagger';

export class ReminderPeriodsDto {
  @ApiProperty({ type: 'integer', description: 'An invitation unanswered this many days → remind the party' })
  invitationReminderDays: number;
  @ApiProperty({ type: 'integer', description: '… and this many days more → alert the coordinator' })
  invitationEscalationDays: number;
  @ApiProperty({
    type: 'integer',
    description: 'An invitation still unanswered this many days after it was sent expires',
  })
  invitationExpiryDays: number;
  @ApiProperty({ type: 'integer', description: 'Hours after the meeting before both sides are asked for the outcome' })
  meetingOutcomeHours: number;
  @ApiProperty({
    type: 'integer',
    isArray: true,
    description: 'Follow-ups this many days after an agreement is signed',
  })
  agreementFollowUpDays: number[];
  @ApiProperty({
    type: 'integer',
    description: 'A need published this many days without an accepted introduction → alert and re-match',
  })
  needWithoutIntroductionDays: number;
  @ApiProperty({
    type: 'integer',
    description: 'A submitted listing not reviewed within this many working days → alert the coordinators',
  })
  reviewWorkingDays: number;
  @ApiProperty({
    type: 'integer',
    description: 'A published listing unchanged this many days → ask its owner whether it is still current',
  })
  reconfirmAfterDays: number;
  @ApiProperty({ type: 'integer', description: 'Unanswered this many days after that question → the listing expires' })
  expireAfterReconfirmDays: number;
}

export class ReminderPeriodOverridesDto extends PartialType(ReminderPeriodsDto) {}

export class ReminderSettingsViewDto {
  @ApiProperty() organizationId: string;
  @ApiProperty({ type: ReminderPeriodsDto, description: 'In force: the overrides over the defaults' })
  periods: ReminderPeriodsDto;
  @ApiProperty({ type: ReminderPeriodOverridesDto, description: 'The periods this association has set itself' })
  overrides: ReminderPeriodOverridesDto;
  @ApiProperty({ type: ReminderPeriodsDto }) defaults: ReminderPeriodsDto;
}

export class ReconfirmedDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty() reconfirmedAt: Date;
}
