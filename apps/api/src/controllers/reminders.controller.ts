import { Access, Actor, CurrentActor } from '@app/identity';
import { ListingReconfirmation, ReminderSettingsBody, ReminderSettingsService } from '@app/reminders';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReconfirmedDto, ReminderSettingsViewDto } from '../dto/reminders.dto';

/** Reminder periods per association, and the owner's "still current" answer to a re-confirmation reminder. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly settings: ReminderSettingsService,
    private readonly reconfirmation: ListingReconfirmation,
  ) {}

  @Get('associations/:id/reminder-settings')
  @Access('coordinator')
  @ApiOperation({ summary: "An association's reminder periods (its own values over the platform defaults)" })
  @ApiOkResponse({ type: ReminderSettingsViewDto })
  getSettings(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.settings.get(id, actor);
  }

  @Put('associations/:id/reminder-settings')
  @Access('coordinator')
  @ApiOperation({ summary: 'Change some reminder periods; reminders scheduled from now on use them' })
  @ApiOkResponse({ type: ReminderSettingsViewDto })
  putSettings(@Param('id') id: string, @Body() body: ReminderSettingsBody, @CurrentActor() actor: Actor) {
    return this.settings.update(id, actor, body);
  }

  @Post('needs/:id/reconfirm')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Confirm a published need is still current (resets the 180-day re-confirmation clock)' })
  @ApiOkResponse({ type: ReconfirmedDto })
  reconfirmNeed(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.reconfirmation.reconfirm('need', id, actor);
  }

  @Post('capabilities/:id/reconfirm')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Confirm a published capability is still current' })
  @ApiOkResponse({ type: ReconfirmedDto })
  reconfirmCapability(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.reconfirmation.reconfirm('capability', id, actor);
  }
}
