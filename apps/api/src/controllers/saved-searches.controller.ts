import {
  CreateSavedSearchBody,
  SavedSearchDto,
  SavedSearches,
  SavedSearchListDto,
  UnsubscribeBody,
  UnsubscribedDto,
  UpdateSavedSearchBody,
} from '@app/alerts';
import { Access, Actor, CurrentActor } from '@app/identity';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

/** A signed-in user's saved searches and their alerts (daily or immediate digests, in-app and by e-mail). */
@ApiTags('saved-searches')
@ApiBearerAuth()
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly searches: SavedSearches) {}

  @Get()
  @Access('user')
  @ApiOperation({ summary: 'My saved searches, with how many listings wait for the next digest' })
  @ApiOkResponse({ type: SavedSearchListDto })
  list(@CurrentActor() actor: Actor) {
    return this.searches.list(actor);
  }

  @Post()
  @Access('user')
  @ApiOperation({
    summary:
      'Save a search (query, field, region, mode, kind); new or changed published listings matching it are sent as digests. kind=matches (experts): needs matching ranks me for above minScore',
  })
  @ApiCreatedResponse({ type: SavedSearchDto })
  create(@Body() body: CreateSavedSearchBody, @CurrentActor() actor: Actor) {
    return this.searches.create(actor, body);
  }

  @Patch(':id')
  @Access('user')
  @ApiOperation({ summary: 'Rename a saved search, change its frequency or minimum score, pause or resume it' })
  @ApiOkResponse({ type: SavedSearchDto })
  update(@Param('id') id: string, @Body() body: UpdateSavedSearchBody, @CurrentActor() actor: Actor) {
    return this.searches.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('user')
  @ApiOperation({ summary: 'Delete a saved search' })
  @ApiNoContentResponse()
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.searches.remove(actor, id);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @Access('public')
  @ApiOperation({
    summary: 'The unsubscribe link of a digest e-mail (no sign-in): pauses the saved search its signed token names',
  })
  @ApiOkResponse({ type: UnsubscribedDto })
  unsubscribe(@Body() body: UnsubscribeBody) {
    return this.searches.unsubscribe(body.token);
  }
}
