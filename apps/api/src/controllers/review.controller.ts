import { Access, Actor, CurrentActor } from '@app/identity';
import { ReviewQueue } from '@app/listings';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReviewQueueQueryDto } from '../dto/listings.dto';

@ApiTags('review')
@ApiBearerAuth()
@Controller('review')
export class ReviewController {
  constructor(private readonly queue: ReviewQueue) {}

  @Get('queue')
  @Access('coordinator')
  @ApiOperation({ summary: 'Needs and capabilities (new ones and edits of published ones) submitted in your jurisdiction, oldest first, with waitingSeconds' })
  list(@Query() query: ReviewQueueQueryDto, @CurrentActor() actor: Actor) {
    return this.queue.list(actor, query);
  }
}
