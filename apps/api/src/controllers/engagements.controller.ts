import { EngagementListQuery, EngagementQueries, EngagementsService, TextBody, TransitionBody } from '@app/brokerage';
import { Access, Actor, CurrentActor } from '@app/identity';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngagementListItemDto, EngagementViewDto, PostedEventDto, TimelineDto } from '../dto/brokerage.dto';
import { PageOf } from '@app/common';

/** The engagement pipeline: introduced → accepted → meeting → negotiating → agreement (合作签约) → completed, or closed. */
@ApiTags('engagements')
@ApiBearerAuth()
@Controller('engagements')
export class EngagementsController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly queries: EngagementQueries,
  ) {}

  @Get()
  @Access('user')
  @ApiOperation({
    summary: 'Engagements I take part in or coordinate; awaitingMe=true lists invitations waiting for my answer',
  })
  @ApiOkResponse({ type: PageOf(EngagementListItemDto) })
  list(@Query() query: EngagementListQuery, @CurrentActor() actor: Actor) {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @Access('user')
  @ApiOperation({ summary: 'One engagement as I may see it (contact details once both sides accepted)' })
  @ApiOkResponse({ type: EngagementViewDto })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.queries.view(id, actor);
  }

  @Get(':id/timeline')
  @Access('user')
  @ApiOperation({ summary: 'Transitions, messages and (for coordinators) internal notes, oldest first' })
  @ApiOkResponse({ type: TimelineDto })
  timeline(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.queries.timeline(id, actor);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({
    summary: 'Move the engagement on; 409 INVALID_TRANSITION lists the allowed moves in details.allowed',
  })
  @ApiOkResponse({ type: EngagementViewDto })
  transition(@Param('id') id: string, @Body() body: TransitionBody, @CurrentActor() actor: Actor) {
    return this.engagements.transition(id, actor, body);
  }

  @Post(':id/messages')
  @Access('user')
  @ApiOperation({ summary: 'A message to the other side (once both accepted)' })
  @ApiCreatedResponse({ type: PostedEventDto })
  message(@Param('id') id: string, @Body() body: TextBody, @CurrentActor() actor: Actor) {
    return this.engagements.postMessage(id, actor, body);
  }

  @Post(':id/notes')
  @Access('coordinator')
  @ApiOperation({ summary: 'An internal coordinator note, never shown to the parties' })
  @ApiCreatedResponse({ type: PostedEventDto })
  note(@Param('id') id: string, @Body() body: TextBody, @CurrentActor() actor: Actor) {
    return this.engagements.addNote(id, actor, body);
  }
}
