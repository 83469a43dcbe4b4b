import {
  ConflictDeclarations,
  ConflictScreen,
  OrganizationDeclarationsBody,
  OrganizationDeclarationsDto,
  OverrideBody,
  PairConflictDto,
  ProviderDeclarationsBody,
  ProviderDeclarationsDto,
} from '@app/conflicts';
import { Access, Actor, CurrentActor } from '@app/identity';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/** Conflict-of-interest screening: what enterprises and experts declare, the screen of a pair, and coordinators' overrides. */
@ApiTags('conflicts')
@ApiBearerAuth()
@Controller()
export class ConflictsController {
  constructor(
    private readonly declarations: ConflictDeclarations,
    private readonly screen: ConflictScreen,
  ) {}

  @Get('organizations/:id/conflict-declarations')
  @Access('user')
  @ApiOperation({
    summary:
      'An enterprise’s credit code, other names, competitors and organisations to avoid (members, coordinators in charge, admins)',
  })
  @ApiOkResponse({ type: OrganizationDeclarationsDto })
  organization(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.declarations.ofOrganization(actor, id);
  }

  @Put('organizations/:id/conflict-declarations')
  @Access('user')
  @ApiOperation({ summary: 'Replace the enterprise’s declarations (audited as conflict-declarations.replaced)' })
  @ApiOkResponse({ type: OrganizationDeclarationsDto })
  replaceOrganization(
    @Param('id') id: string,
    @Body() body: OrganizationDeclarationsBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.declarations.replaceOfOrganization(actor, id, body);
  }

  @Get('providers/:id/conflict-declarations')
  @Access('user')
  @ApiOperation({
    summary:
      'An expert’s (or provider’s) affiliations, employers, shareholdings and organisations to avoid (the expert, the providing organisation, coordinators in charge, admins)',
  })
  @ApiOkResponse({ type: ProviderDeclarationsDto })
  provider(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.declarations.ofProvider(actor, id);
  }

  @Put('providers/:id/conflict-declarations')
  @Access('user')
  @ApiOperation({ summary: 'Replace the provider’s declarations (audited as conflict-declarations.replaced)' })
  @ApiOkResponse({ type: ProviderDeclarationsDto })
  replaceProvider(@Param('id') id: string, @Body() body: ProviderDeclarationsBody, @CurrentActor() actor: Actor) {
    return this.declarations.replaceOfProvider(actor, id, body);
  }

  @Get('needs/:id/conflicts/:providerId')
  @Access('coordinator')
  @ApiOperation({
    summary: 'Whether a provider is conflicted for a need, why, and any override (coordinators in charge only)',
  })
  @ApiOkResponse({ type: PairConflictDto })
  pair(@Param('id') id: string, @Param('providerId') providerId: string, @CurrentActor() actor: Actor) {
    return this.screen.pair(actor, id, providerId);
  }

  @Post('needs/:id/conflicts/:providerId/override')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Allow a conflicted pair to be introduced, with a reason (audited as conflict.overridden)' })
  @ApiOkResponse({ type: PairConflictDto })
  override(
    @Param('id') id: string,
    @Param('providerId') providerId: string,
    @Body() body: OverrideBody,
    @CurrentActor() actor: Actor,
  ) {
    return this.screen.override(actor, id, providerId, body.reason);
  }
}
