import { Access, Actor, CurrentActor } from '@app/identity';
import { EmailPreferencesBody, InboxQuery, InboxService } from '@app/notifications';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EmailPreferencesDto,
  InboxPageDto,
  MarkedAllReadDto,
  MarkedReadDto,
  UnreadCountDto,
} from '../dto/notifications.dto';

/** The signed-in user's in-app inbox and e-mail preferences. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Access('user')
  @ApiOperation({ summary: 'My notifications, newest first, in my language (unread=true for unread only)' })
  @ApiOkResponse({ type: InboxPageDto })
  list(@Query() query: InboxQuery, @CurrentActor() actor: Actor) {
    return this.inbox.list(actor, query);
  }

  @Get('unread-count')
  @Access('user')
  @ApiOperation({ summary: 'How many notifications I have not read' })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentActor() actor: Actor) {
    return { unread: await this.inbox.unreadCount(actor) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedAllReadDto })
  readAll(@CurrentActor() actor: Actor) {
    return this.inbox.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiOkResponse({ type: MarkedReadDto })
  read(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.inbox.markRead(actor, id);
  }

  @Get('preferences')
  @Access('user')
  @ApiOperation({ summary: 'Which kinds of notification I also receive by e-mail' })
  @ApiOkResponse({ type: EmailPreferencesDto })
  preferences(@CurrentActor() actor: Actor) {
    return this.inbox.preferences(actor);
  }

  @Put('preferences')
  @Access('user')
  @ApiOperation({ summary: 'Turn e-mail on or off per kind (the inbox always gets everything)' })
  @ApiOkResponse({ type: EmailPreferencesDto })
  updatePreferences(@Body() body: EmailPreferencesBody, @CurrentActor() actor: Actor) {
    return this.inbox.updatePreferences(actor, body.email);
  }
}
