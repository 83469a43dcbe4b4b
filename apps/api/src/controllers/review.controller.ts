import { Access, Actor, CurrentActor } from '@app/identity';
import { ExpertProfileReview, ReviewQueue } from '@app/listings';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReturnListingDto, ReviewQueueItemDto, ReviewQueueQueryDto } from '../dto/listings.dto';
import { ExpertProfileReviewDto } from '../dto/expert-profile.dto';
import { PageOf } from '@app/common';

@ApiTags('review')
@ApiBearerAuth()
@Controller('review')
export class ReviewController {
  constructor(
    private readonly queue: ReviewQueue,
    private readonly profiles: ExpertProfileReview,
  ) {}

  @Get('queue')
  @Access('coordinator')
  @ApiOperation({
    summary:
      "Needs, capabilities and experts' own profiles (new ones and edits of published ones) submitted in your jurisdiction, oldest first, with waitingSeconds",
  })
  @ApiOkResponse({ type: PageOf(ReviewQueueItemDto) })
  list(@Query() query: ReviewQueueQueryDto, @CurrentActor() actor: Actor) {
    return this.queue.list(actor, query);
  }

  @Get('expert-profiles/:id')
  @Access('coordinator')
  @ApiOperation({
    summary: "An expert's profile under review: as proposed, and as the public sees it (coordinators of its region)",
  })
  @ApiOkResponse({ type: ExpertProfileReviewDto })
  readProfile(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.profiles.read(actor, id);
  }

  @Post('expert-profiles/:id/approve')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: "Publish an expert's new profile or edit (coordinators of its region)" })
  @ApiOkResponse({ type: ExpertProfileReviewDto })
  approveProfile(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.profiles.approve(actor, id);
  }

  @Post('expert-profiles/:id/return')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: "Send an expert's new profile or edit back with a reason the expert sees" })
  @ApiOkResponse({ type: ExpertProfileReviewDto })
  returnProfile(@Param('id') id: string, @Body() body: ReturnListingDto, @CurrentActor() actor: Actor) {
    return this.profiles.return(actor, id, body.reason);
  }
}
