import { Access, Actor, CurrentActor, jurisdictionsOf, organizationIdsOf } from '@app/identity';
import { IndexKind, SearchQueryService, SearchViewer } from '@app/search';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CapabilitySearchResultDto,
  NeedSearchResultDto,
  ProviderSearchResultDto,
  SearchQueryDto,
} from '../dto/search.dto';

/** Public search: anyone sees published listings; owners also their drafts; coordinators their jurisdiction. */
@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchQueryService) {}

  @Get('needs')
  @Access('public')
  @ApiOperation({ summary: 'Search technical needs' })
  @ApiOkResponse({ type: NeedSearchResultDto })
  needs(@Query() query: SearchQueryDto, @CurrentActor() actor: Actor | null) {
    return this.run('needs', query, actor);
  }

  @Get('capabilities')
  @Access('public')
  @ApiOperation({ summary: 'Search capabilities (科技所能)' })
  @ApiOkResponse({ type: CapabilitySearchResultDto })
  capabilities(@Query() query: SearchQueryDto, @CurrentActor() actor: Actor | null) {
    return this.run('capabilities', query, actor);
  }

  @Get('providers')
  @Access('public')
  @ApiOperation({ summary: 'Search experts, societies and workstations' })
  @ApiOkResponse({ type: ProviderSearchResultDto })
  providers(@Query() query: SearchQueryDto, @CurrentActor() actor: Actor | null) {
    return this.run('providers', query, actor);
  }

  private run(kind: IndexKind, query: SearchQueryDto, actor: Actor | null) {
    const viewer: SearchViewer | null = actor
      ? { organizationIds: organizationIdsOf(actor), jurisdictionCodes: jurisdictionsOf(actor), isAdmin: actor.isAdmin }
      : null;
    return this.search.search(kind, query, viewer);
  }
}
