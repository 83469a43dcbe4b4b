import { Access, Actor, CurrentActor } from '@app/identity';
import { CreateNeedRequest, NeedInput, NeedsService } from '@app/listings';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingsQueryDto, NeedViewDto, ReturnListingDto } from '../dto/listings.dto';
import { PageOf } from '@app/common';

/**
 * Technical needs through their lifecycle: draft → submitted → published (or returned with a reason) → closed /
 * expired / resolved. An invalid step answers 409 INVALID_TRANSITION with the allowed actions in `details.allowed`.
 */
@ApiTags('needs')
@ApiBearerAuth()
@Controller('needs')
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @Post()
  @Access('user')
  @ApiOperation({ summary: 'Create a draft need for your enterprise' })
  @ApiCreatedResponse({ type: NeedViewDto })
  create(@Body() body: CreateNeedRequest, @CurrentActor() actor: Actor) {
    return this.needs.create(body, actor);
  }

  @Get()
  @Access('public')
  @ApiOperation({
    summary: 'Published needs, newest first; with mine=true your organisations’ own needs in any status',
  })
  @ApiOkResponse({ type: PageOf(NeedViewDto) })
  list(@Query() query: ListingsQueryDto, @CurrentActor() actor: Actor | null) {
    return this.needs.list(query, actor);
  }

  @Get(':id')
  @Access('public')
  @ApiOperation({ summary: 'A need; the confidential part only for the owner, the coordinators in charge and admins' })
  @ApiOkResponse({ type: NeedViewDto })
  get(@Param('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.needs.get(id, actor);
  }

  @Patch(':id')
  @Access('user')
  @ApiOperation({
    summary:
      'Edit a draft in place, or propose a revision of a published need (reviewed before it replaces the published text)',
  })
  @ApiOkResponse({ type: NeedViewDto })
  update(@Param('id') id: string, @Body() body: NeedInput, @CurrentActor() actor: Actor) {
    return this.needs.update(id, body, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Submit a draft (or a returned revision) for review' })
  @ApiOkResponse({ type: NeedViewDto })
  submit(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.needs.act(id, 'submit', actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Publish a submitted need or revision (coordinators of its region)' })
  @ApiOkResponse({ type: NeedViewDto })
  approve(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.needs.act(id, 'approve', actor);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Return a submitted need or revision to its owner with a reason' })
  @ApiOkResponse({ type: NeedViewDto })
  returnToOwner(@Param('id') id: string, @Body() body: ReturnListingDto, @CurrentActor() actor: Actor) {
    return this.needs.act(id, 'return', actor, body.reason);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Close a need (owner or coordinator of its region)' })
  @ApiOkResponse({ type: NeedViewDto })
  close(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.needs.act(id, 'close', actor);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Mark a published need as resolved' })
  @ApiOkResponse({ type: NeedViewDto })
  resolve(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.needs.act(id, 'resolve', actor);
  }
}
