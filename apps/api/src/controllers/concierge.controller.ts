import { Access, Actor, ConciergeService, CurrentActor, OrganizationsService } from '@app/identity';
import { PageOf } from '@app/common';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ConciergeAccountDto,
  ConciergeAccountRowDto,
  ConciergeAccountsQueryDto,
  ConciergeAccountViewDto,
  ConciergeOrganizationDto,
  IssuedInvitationDto,
  OrganizationViewDto,
} from '../dto/organizations.dto';

/** The concierge (保姆式) service: coordinators set up organisations and accounts for users in their jurisdiction. */
@ApiTags('concierge')
@ApiBearerAuth()
@Controller('concierge')
export class ConciergeController {
  constructor(
    private readonly concierge: ConciergeService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Post('organizations')
  @Access('coordinator')
  @ApiOperation({ summary: 'Create an organisation on a user’s behalf, in my jurisdiction (recorded as such)' })
  @ApiCreatedResponse({ type: OrganizationViewDto })
  async createOrganization(@Body() dto: ConciergeOrganizationDto, @CurrentActor() actor: Actor) {
    return this.organizations.describe(await this.concierge.createOrganization(dto, actor));
  }

  @Post('accounts')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'Create an account on a user’s behalf for an organisation I manage; returns its one-time set-password invitation',
  })
  @ApiCreatedResponse({ type: ConciergeAccountViewDto })
  createAccount(@Body() dto: ConciergeAccountDto, @CurrentActor() actor: Actor) {
    return this.concierge.createAccount(dto, actor);
  }

  @Get('accounts')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'Accounts created on users’ behalf in my jurisdiction (or by me), newest first, with their hand-over state',
  })
  @ApiOkResponse({ type: PageOf(ConciergeAccountRowDto) })
  listAccounts(@Query() query: ConciergeAccountsQueryDto, @CurrentActor() actor: Actor) {
    return this.concierge.listAccounts(query, actor);
  }

  @Post('accounts/:userId/link')
  @Access('coordinator')
  @ApiOperation({
    summary: 'A new one-time hand-over link for an account not yet claimed; earlier unused links stop working',
  })
  @ApiCreatedResponse({ type: IssuedInvitationDto })
  reissueLink(@Param('userId') userId: string, @CurrentActor() actor: Actor) {
    return this.concierge.reissueLink(userId, actor);
  }
}
