import { ConflictScreen } from '@app/conflicts';
import { Access, Actor, CurrentActor } from '@app/identity';
import { MatchQueriesService } from '@app/matching';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchesQueryDto, NeedMatchListDto, ProviderMatchListDto } from '../dto/matches.dto';

@ApiTags('matches')
@ApiBearerAuth()
@Controller()
export class MatchesController {
  constructor(
    private readonly matches: MatchQueriesService,
    private readonly conflicts: ConflictScreen,
  ) {}

  @Get('needs/:id/matches')
  @Access('user')
  @ApiOperation({
    summary:
      'Ranked providers for a need; status is "ready" once the current revision is matched. For coordinators in charge, a conflicted candidate carries `conflict` {reasons, override}',
  })
  @ApiOkResponse({ type: NeedMatchListDto })
  async forNeed(@Param('id') id: string, @Query() query: MatchesQueryDto, @CurrentActor() actor: Actor) {
    return this.conflicts.flagMatches(actor, id, await this.matches.forNeed(id, query.limit, actor));
  }

  @Get('providers/:id/matches')
  @Access('user')
  @ApiOperation({ summary: 'Open needs this provider could serve, on the same score scale' })
  @ApiOkResponse({ type: ProviderMatchListDto })
  forProvider(@Param('id') id: string, @Query() query: MatchesQueryDto, @CurrentActor() actor: Actor) {
    return this.matches.forProvider(id, query.limit, actor);
  }
}
