import { Access, Actor, CurrentActor } from '@app/identity';
import { CapabilitiesService, CapabilityInput, CreateCapabilityRequest } from '@app/listings';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CapabilityViewDto, ListingsQueryDto, ReturnListingDto } from '../dto/listings.dto';
import { PageOf } from '@app/common';

/**
 * Capabilities (科技所能) through their lifecycle: draft → submitted → published (or returned with a reason) → closed.
 * Owned by the provider's organisation or the expert's own account. An invalid step answers 409 INVALID_TRANSITION.
 */
@ApiTags('capabilities')
@ApiBearerAuth()
@Controller('capabilities')
export class CapabilitiesController {
  constructor(private readonly capabilities: CapabilitiesService) {}

  @Post()
  @Access('user')
  @ApiOperation({ summary: 'Create a draft capability for a provider profile you manage' })
  @ApiCreatedResponse({ type: CapabilityViewDto })
  create(@Body() body: CreateCapabilityRequest, @CurrentActor() actor: Actor) {
    return this.capabilities.create(body, actor);
  }

  @Get()
  @Access('public')
  @ApiOperation({
    summary:
      'Published capabilities, newest first; with mine=true the capabilities of the providers you manage, in any status',
  })
  @ApiOkResponse({ type: PageOf(CapabilityViewDto) })
  list(@Query() query: ListingsQueryDto, @CurrentActor() actor: Actor | null) {
    return this.capabilities.list(query, actor);
  }

  @Get(':id')
  @Access('public')
  @ApiOperation({ summary: 'A capability; drafts only for the owner, the coordinators in charge and admins' })
  @ApiOkResponse({ type: CapabilityViewDto })
  get(@Param('id') id: string, @CurrentActor() actor: Actor | null) {
    return this.capabilities.get(id, actor);
  }

  @Patch(':id')
  @Access('user')
  @ApiOperation({
    summary:
      'Edit a draft in place, or propose a revision of a published capability (reviewed before it replaces the published text)',
  })
  @ApiOkResponse({ type: CapabilityViewDto })
  update(@Param('id') id: string, @Body() body: CapabilityInput, @CurrentActor() actor: Actor) {
    return this.capabilities.update(id, body, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Submit a draft (or a returned revision) for review' })
  @ApiOkResponse({ type: CapabilityViewDto })
  submit(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.capabilities.act(id, 'submit', actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Publish a submitted capability or revision (coordinators of its region)' })
  @ApiOkResponse({ type: CapabilityViewDto })
  approve(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.capabilities.act(id, 'approve', actor);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Return a submitted capability or revision to its owner with a reason' })
  @ApiOkResponse({ type: CapabilityViewDto })
  returnToOwner(@Param('id') id: string, @Body() body: ReturnListingDto, @CurrentActor() actor: Actor) {
    return this.capabilities.act(id, 'return', actor, body.reason);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'Close a capability (owner or coordinator of its region)' })
  @ApiOkResponse({ type: CapabilityViewDto })
  close(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.capabilities.act(id, 'close', actor);
  }
}
