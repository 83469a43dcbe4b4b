import {
  CandidatesQuery,
  IntroduceBody,
  IntroductionRequestBody,
  IntroductionsService,
  InterestBody,
  ManualIntroductionBody,
  MatchReviewService,
  ReasonBody,
  RejectMatchBody,
  RespondBody,
  ResponsesService,
} from '@app/brokerage';
import { Access, Actor, CurrentActor } from '@app/identity';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EngagementViewDto, MatchOverrideResultDto, NextCandidatesDto, RejectedMatchDto } from '../dto/brokerage.dto';

/** Introductions (double opt-in): coordinators review matches and introduce; each side accepts or declines. */
@ApiTags('introductions')
@ApiBearerAuth()
@Controller()
export class IntroductionsController {
  constructor(
    private readonly introductions: IntroductionsService,
    private readonly responses: ResponsesService,
    private readonly review: MatchReviewService,
  ) {}

  @Post('needs/:id/matches/:providerId/approve')
  @Access('coordinator')
  @ApiOperation({ summary: 'Approve a suggested match: the introduction goes to both sides' })
  @ApiCreatedResponse({ type: EngagementViewDto })
  approve(
    @Param('id') id: string,
    @Param('providerId') providerId: string,
    @Body() body: IntroduceBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.introductions.approveMatch(id, providerId, actor, body);
  }

  @Post('needs/:id/matches/:providerId/reject')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Reject a suggested match with a reason (a label for the matching engine)' })
  @ApiOkResponse({ type: RejectedMatchDto })
  reject(
    @Param('id') id: string,
    @Param('providerId') providerId: string,
    @Body() body: RejectMatchBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.review.reject(id, providerId, actor, body);
  }

  @Post('needs/:id/matches/:providerId/pin')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Pin a candidate to the top of this need’s matches (re-matches the need)' })
  @ApiOkResponse({ type: MatchOverrideResultDto })
  pin(
    @Param('id') id: string,
    @Param('providerId') providerId: string,
    @Body() body: ReasonBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.review.override(id, providerId, actor, 'pin', body);
  }

  @Post('needs/:id/matches/:providerId/exclude')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Exclude a candidate for good: it never comes back after re-matching' })
  @ApiOkResponse({ type: MatchOverrideResultDto })
  exclude(
    @Param('id') id: string,
    @Param('providerId') providerId: string,
    @Body() body: ReasonBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.review.override(id, providerId, actor, 'exclude', body);
  }

  @Get('needs/:id/next-candidates')
  @Access('coordinator')
  @ApiOperation({
    summary: 'The best current matches not yet introduced, excluded or rejected (after a decline or expiry)',
  })
  @ApiOkResponse({ type: NextCandidatesDto })
  nextCandidates(@Param('id') id: string, @Query() query: CandidatesQuery, @CurrentActor() actor: Actor) {
    return this.review.nextCandidates(id, actor, query.limit);
  }

  @Post('needs/:id/introductions')
  @Access('coordinator')
  @ApiOperation({ summary: 'Introduce a provider by hand, matched or not' })
  @ApiCreatedResponse({ type: EngagementViewDto })
  introduce(@Param('id') id: string, @Body() body: ManualIntroductionBody, @CurrentActor() actor: Actor) {
    return this.introductions.introduceByHand(id, body.providerId, actor, body);
  }

  @Post('needs/:id/introduction-requests')
  @Access('user')
  @ApiOperation({
    summary: 'The enterprise asks to be introduced to a provider it found; the coordinator in charge decides',
  })
  @ApiCreatedResponse({ type: EngagementViewDto })
  request(@Param('id') id: string, @Body() body: IntroductionRequestBody, @CurrentActor() actor: Actor) {
    return this.introductions.requestIntroduction(id, actor, body);
  }

  @Post('needs/:id/interest')
  @Access('user')
  @ApiOperation({ summary: 'An expert offers to help with a need; the coordinator in charge decides' })
  @ApiCreatedResponse({ type: EngagementViewDto })
  interest(@Param('id') id: string, @Body() body: InterestBody, @CurrentActor() actor: Actor) {
    return this.introductions.expressInterest(id, actor, body);
  }

  @Post('introductions/:id/respond')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Accept, or decline with a reason code; contacts open once both sides accepted' })
  @ApiOkResponse({ type: EngagementViewDto })
  respond(@Param('id') id: string, @Body() body: RespondBody, @CurrentActor() actor: Actor) {
    return this.responses.respond(id, actor, body);
  }

  @Post('introductions/:id/approve')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Approve a request or an expression of interest: the other side is invited' })
  @ApiOkResponse({ type: EngagementViewDto })
  approveRequest(@Param('id') id: string, @Body() body: IntroduceBody, @CurrentActor() actor: Actor) {
    return this.introductions.approveRequest(id, actor, body);
  }

  @Post('introductions/:id/reject')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Turn a request down, with a reason for the requester' })
  @ApiOkResponse({ type: EngagementViewDto })
  rejectRequest(@Param('id') id: string, @Body() body: ReasonBody, @CurrentActor() actor: Actor) {
    return this.introductions.rejectRequest(id, actor, body);
  }
}
