import {
  CandidateView,
  CreateEventBody,
  DeletedView,
  EventsService,
  EventView,
  InviteBody,
  InvitedView,
  MeetingView,
  MoveMeetingBody,
  OutcomeBody,
  OutcomesService,
  ParticipantView,
  PlaceMeetingBody,
  PreferencesBody,
  PrintQuery,
  PrintService,
  RespondInvitationBody,
  ScheduleService,
  ScheduleView,
  SuggestionsQuery,
  SuggestionsView,
} from '@app/events';
import { Access, Actor, CurrentActor } from '@app/identity';
import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

/** Matchmaking events (供需对接会): invitations, registration, wish lists, the 1:1 meeting schedule and its outcomes. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly schedules: ScheduleService,
    private readonly outcomes: OutcomesService,
    private readonly prints: PrintService,
  ) {}

  @Post()
  @Access('coordinator')
  @ApiOperation({
    summary: 'Create an event in your jurisdiction: date, venue or link, slots, tables, capacity, themes',
  })
  @ApiCreatedResponse({ type: EventView })
  create(@Body() body: CreateEventBody, @CurrentActor() actor: Actor) {
    return this.events.create(actor, body);
  }

  @Get()
  @Access('user')
  @ApiOperation({ summary: 'Events you run or are invited to' })
  @ApiOkResponse({ type: [EventView] })
  list(@CurrentActor() actor: Actor) {
    return this.events.list(actor);
  }

  @Get(':id')
  @Access('user')
  @ApiOperation({ summary: 'An event (coordinators in charge and invitees)' })
  @ApiOkResponse({ type: EventView })
  view(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.events.view(id, actor);
  }

  @Get(':id/suggestions')
  @Access('coordinator')
  @ApiOperation({
    summary: 'Needs and providers to invite, found by search and matching on the themes, with their best match scores',
  })
  @ApiOkResponse({ type: SuggestionsView })
  suggestions(@Param('id') id: string, @Query() query: SuggestionsQuery, @CurrentActor() actor: Actor) {
    return this.events.suggestions(id, actor, query.limit);
  }

  @Post(':id/invitations')
  @Access('coordinator')
  @ApiOperation({ summary: 'Invite enterprises (for published needs) and providers; each is notified once' })
  @ApiCreatedResponse({ type: InvitedView })
  invite(@Param('id') id: string, @Body() body: InviteBody, @CurrentActor() actor: Actor) {
    return this.events.invite(id, actor, body);
  }

  @Get(':id/participants')
  @Access('user')
  @ApiOperation({ summary: 'Coordinators: every invitee; participants: the registered ones' })
  @ApiOkResponse({ type: [ParticipantView] })
  participants(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.events.participants(id, actor);
  }

  @Post(':id/participants/:participantId/respond')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'The invitee registers or declines' })
  @ApiOkResponse({ type: ParticipantView })
  respond(
    @Param('id') id: string,
    @Param('participantId') participantId: string,
    @Body() body: RespondInvitationBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.events.respond(id, participantId, actor, body);
  }

  @Get(':id/participants/:participantId/candidates')
  @Access('user')
  @ApiOperation({ summary: 'Registered participants of the other side, with match scores, for the wish list' })
  @ApiOkResponse({ type: [CandidateView] })
  candidates(@Param('id') id: string, @Param('participantId') participantId: string, @CurrentActor() actor: Actor) {
    return this.events.candidates(id, participantId, actor);
  }

  @Put(':id/participants/:participantId/preferences')
  @Access('user')
  @ApiOperation({ summary: 'Whom the participant wants to meet, and the slots it cannot attend' })
  @ApiOkResponse({ type: ParticipantView })
  preferences(
    @Param('id') id: string,
    @Param('participantId') participantId: string,
    @Body() body: PreferencesBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.events.setPreferences(id, participantId, actor, body);
  }

  @Post(':id/schedule')
  @HttpCode(202)
  @Access('coordinator')
  @ApiOperation({
    summary: 'Compute the meeting schedule (a background job; pinned meetings and meetings with an outcome are kept)',
  })
  @ApiAcceptedResponse({ type: ScheduleView })
  requestSchedule(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.schedules.request(id, actor);
  }

  @Get(':id/schedule')
  @Access('user')
  @ApiOperation({ summary: 'Coordinators: every meeting; participants: their own' })
  @ApiOkResponse({ type: ScheduleView })
  schedule(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.schedules.schedule(id, actor);
  }

  @Post(':id/meetings')
  @Access('coordinator')
  @ApiOperation({ summary: 'Place (pin) a meeting by hand; 409 MEETING_CLASH on double booking' })
  @ApiCreatedResponse({ type: MeetingView })
  place(@Param('id') id: string, @Body() body: PlaceMeetingBody, @CurrentActor() actor: Actor) {
    return this.schedules.place(id, actor, body);
  }

  @Patch(':id/meetings/:meetingId')
  @Access('coordinator')
  @ApiOperation({ summary: 'Move a meeting to another slot or table (pinned); 409 MEETING_CLASH on double booking' })
  @ApiOkResponse({ type: MeetingView })
  move(
    @Param('id') id: string,
    @Param('meetingId') meetingId: string,
    @Body() body: MoveMeetingBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.schedules.move(id, meetingId, actor, body);
  }

  @Delete(':id/meetings/:meetingId')
  @Access('coordinator')
  @ApiOperation({ summary: 'Remove a meeting without an outcome' })
  @ApiOkResponse({ type: DeletedView })
  remove(@Param('id') id: string, @Param('meetingId') meetingId: string, @CurrentActor() actor: Actor) {
    return this.schedules.remove(id, meetingId, actor);
  }

  @Post(':id/meetings/:meetingId/outcome')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({
    summary:
      'After the event: the outcome (no_interest, follow_up, introduction, signed); anything but no_interest becomes an engagement',
  })
  @ApiOkResponse({ type: MeetingView })
  outcome(
    @Param('id') id: string,
    @Param('meetingId') meetingId: string,
    @Body() body: OutcomeBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.outcomes.record(id, meetingId, actor, body);
  }

  @Get(':id/print')
  @Access('user')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      'Printable schedule: view=participant (with participantId, lang zh-CN or en) or view=tables (coordinators)',
  })
  @ApiOkResponse({ type: String })
  print(@Param('id') id: string, @Query() query: PrintQuery, @CurrentActor() actor: Actor) {
    return this.prints.render(id, actor, query);
  }
}
