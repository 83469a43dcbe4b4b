import { Access, Actor, CurrentActor } from '@app/identity';
import { ReviewQueue } from '@app/listings';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReviewQueueItemDto, ReviewQueueQueryDto } from '../dto/listings.dto';
import { PageOf } from '@app/common';

@ApiTags('review')
@ApiBearerAuth()
@Controller('review')
export class ReviewController {
  constructor(private readonly queue: ReviewQueue) {}

  @Get('queue')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'Needs and capabilities (new ones and edits of published ones) submitted in your jurisdiction, oldest first, with waitingSeconds',
  })
  @ApiOkResponse({ type: PageOf(ReviewQueueItemDto) })
  list(@Query() query: ReviewQueueQueryDto, @CurrentActor() actor: Actor) {
    return this.queue.list(actor, query);
  }
}
