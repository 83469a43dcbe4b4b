import {
  ApplicationDto,
  ApplicationInput,
  ApplicationsService,
  AwardInput,
  AwardResultDto,
  BoardQuery,
  ChallengeDto,
  ChallengeInput,
  ChallengesService,
  ChallengeSummaryDto,
  DeclarationDto,
  DeclarationInput,
  EvaluationService,
  InvitationDto,
  MilestoneReviewInput,
  MilestonesService,
  MilestoneSubmissionInput,
  MyProviderDto,
  ProposalInput,
  RankingItemDto,
  ReasonInput,
  ReviewerDto,
  ReviewerInput,
  ScoreDto,
  ScoreInput,
  ShortlistInput,
} from '@app/challenges';
import { Access, Actor, CurrentActor } from '@app/identity';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageOf } from '@app/common';

/** Open challenges (揭榜挂帅): the public board, the call and its approval, applications and evaluation. */
@ApiTags('challenges')
@ApiBearerAuth()
@Controller()
export class ChallengesController {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly applications: ApplicationsService,
    private readonly evaluation: EvaluationService,
  ) {}

  @Get('challenges')
  @Access('public')
  @ApiOperation({
    summary:
      'The public challenge board: open calls (phase=all: every public call), by field and region, soonest deadline first',
  })
  @ApiOkResponse({ type: PageOf(ChallengeSummaryDto) })
  board(@Query() query: BoardQuery) {
    return this.challenges.board(query);
  }

  @Get('challenges/mine')
  @Access('user')
  @ApiOperation({ summary: 'Challenges I run: as a member of the enterprise or a coordinator in charge (any status)' })
  @ApiOkResponse({ type: [ChallengeSummaryDto] })
  mine(@CurrentActor() actor: Actor) {
    return this.challenges.mine(actor);
  }

  @Post('needs/:id/challenges')
  @Access('coordinator')
  @ApiOperation({
    summary:
      '张榜: raise a published need to a challenge (coordinators in charge); the enterprise is asked to approve the call',
  })
  @ApiCreatedResponse({ type: ChallengeDto })
  raise(@Param('id') id: string, @Body() body: ChallengeInput, @CurrentActor() actor: Actor) {
    return this.challenges.raise(id, actor, body);
  }

  @Get('challenges/:id')
  @Access('public')
  @ApiOperation({
    summary: 'A challenge: public once open; before that only the enterprise and the coordinators in charge see it',
  })
  @ApiOkResponse({ type: ChallengeDto })
  get(@Param('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.challenges.view(id, actor);
  }

  @Put('challenges/:id')
  @Access('coordinator')
  @ApiOperation({
    summary: 'Revise the call before it opens (coordinators in charge); it goes back to the enterprise for approval',
  })
  @ApiOkResponse({ type: ChallengeDto })
  revise(@Param('id') id: string, @Body() body: ChallengeInput, @CurrentActor() actor: Actor) {
    return this.challenges.revise(id, actor, body);
  }

  @Post('challenges/:id/approve')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({
    summary:
      'The enterprise approves the call text: the call opens and the best-matching eligible providers are invited',
  })
  @ApiOkResponse({ type: ChallengeDto })
  approve(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.challenges.approve(id, actor);
  }

  @Post('challenges/:id/return')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'The enterprise returns the call text to the coordinator with comments' })
  @ApiOkResponse({ type: ChallengeDto })
  returnCall(@Param('id') id: string, @Body() body: ReasonInput, @CurrentActor() actor: Actor) {
    return this.challenges.returnCall(id, actor, body);
  }

  @Get('challenges/:id/invitations')
  @Access('user')
  @ApiOperation({
    summary:
      'Providers invited from matching when the call opened, with the match reasons (enterprise, coordinators in charge)',
  })
  @ApiOkResponse({ type: [InvitationDto] })
  invitations(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.challenges.invitations(id, actor);
  }

  @Post('challenges/:id/applications')
  @Access('user')
  @ApiOperation({
    summary: '揭榜: apply for a provider you speak for (one application per provider; editable until the deadline)',
  })
  @ApiCreatedResponse({ type: ApplicationDto })
  apply(@Param('id') id: string, @Body() body: ApplicationInput, @CurrentActor() actor: Actor) {
    return this.applications.apply(id, actor, body);
  }

  @Get('challenges/:id/my-providers')
  @Access('user')
  @ApiOperation({
    summary: 'The providers I speak for, whether each is eligible for this call, and its application if any',
  })
  @ApiOkResponse({ type: [MyProviderDto] })
  myProviders(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.applications.myProviders(id, actor);
  }

  @Get('challenges/:id/applications')
  @Access('user')
  @ApiOperation({
    summary:
      'Applications: all for the enterprise and the coordinators in charge, declared reviewers after the deadline (not their conflicts); an applicant its own',
  })
  @ApiOkResponse({ type: [ApplicationDto] })
  applicationsOf(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.applications.list(id, actor);
  }

  @Post('challenges/:id/reviewers')
  @Access('coordinator')
  @ApiOperation({ summary: 'Invite a registered user as reviewer (coordinators in charge)' })
  @ApiCreatedResponse({ type: [ReviewerDto] })
  addReviewer(@Param('id') id: string, @Body() body: ReviewerInput, @CurrentActor() actor: Actor) {
    return this.evaluation.addReviewer(id, actor, body);
  }

  @Get('challenges/:id/reviewers')
  @Access('user')
  @ApiOperation({
    summary: 'Invited reviewers and their conflict-of-interest declarations (enterprise, coordinators in charge)',
  })
  @ApiOkResponse({ type: [ReviewerDto] })
  reviewers(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.evaluation.reviewers(id, actor);
  }

  @Put('challenges/:id/declaration')
  @Access('user')
  @ApiOperation({
    summary: "A reviewer's conflict-of-interest declaration, required before seeing or scoring applications (audited)",
  })
  @ApiOkResponse({ type: DeclarationDto })
  declare(@Param('id') id: string, @Body() body: DeclarationInput, @CurrentActor() actor: Actor) {
    return this.evaluation.declare(id, actor, body);
  }

  @Get('challenges/:id/ranking')
  @Access('user')
  @ApiOperation({
    summary:
      "Weighted totals, ranking, every evaluator's scores and the shortlist (enterprise, coordinators in charge)",
  })
  @ApiOkResponse({ type: [RankingItemDto] })
  ranking(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.evaluation.ranking(id, actor);
  }

  @Post('challenges/:id/shortlist')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Set the shortlist (入围) after the deadline (coordinators in charge; audited)' })
  @ApiOkResponse({ type: [RankingItemDto] })
  shortlist(@Param('id') id: string, @Body() body: ShortlistInput, @CurrentActor() actor: Actor) {
    return this.evaluation.shortlist(id, actor, body);
  }

  @Post('challenges/:id/award')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({
    summary:
      'Award a shortlisted application with a reason (enterprise or coordinators in charge; audited); the others get a reason-coded notice',
  })
  @ApiOkResponse({ type: AwardResultDto })
  award(@Param('id') id: string, @Body() body: AwardInput, @CurrentActor() actor: Actor) {
    return this.evaluation.award(id, actor, body);
  }
}

@ApiTags('challenges')
@ApiBearerAuth()
@Controller('challenge-applications')
export class ChallengeApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly evaluation: EvaluationService,
  ) {}

  @Get(':id')
  @Access('user')
  @ApiOperation({ summary: 'One application, for whoever may read it (see GET /challenges/{id}/applications)' })
  @ApiOkResponse({ type: ApplicationDto })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.applications.get(id, actor);
  }

  @Put(':id')
  @Access('user')
  @ApiOperation({ summary: 'Edit the proposal until the deadline (the applying provider)' })
  @ApiOkResponse({ type: ApplicationDto })
  edit(@Param('id') id: string, @Body() body: ProposalInput, @CurrentActor() actor: Actor) {
    return this.applications.edit(id, actor, body);
  }

  @Put(':id/scores')
  @Access('user')
  @ApiOperation({
    summary:
      'My scores of this application, 0–100 per criterion, after the deadline (enterprise, coordinators in charge, declared reviewers; audited)',
  })
  @ApiOkResponse({ type: ScoreDto })
  score(@Param('id') id: string, @Body() body: ScoreInput, @CurrentActor() actor: Actor) {
    return this.evaluation.score(id, actor, body);
  }
}

@ApiTags('challenges')
@ApiBearerAuth()
@Controller('challenge-milestones')
export class ChallengeMilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Post(':id/submit')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'The winner submits a milestone with its evidence for acceptance' })
  @ApiOkResponse({ type: ChallengeDto })
  submit(@Param('id') id: string, @Body() body: MilestoneSubmissionInput, @CurrentActor() actor: Actor) {
    return this.milestones.submit(id, actor, body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({
    summary: '验收: the enterprise accepts a submitted milestone; the challenge closes with the last one (audited)',
  })
  @ApiOkResponse({ type: ChallengeDto })
  accept(@Param('id') id: string, @Body() body: MilestoneReviewInput, @CurrentActor() actor: Actor) {
    return this.milestones.accept(id, actor, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'The enterprise returns a submitted milestone with the reason' })
  @ApiOkResponse({ type: ChallengeDto })
  returnMilestone(@Param('id') id: string, @Body() body: ReasonInput, @CurrentActor() actor: Actor) {
    return this.milestones.returnMilestone(id, actor, body);
  }
}
