import { Access, Actor, ConciergeService, CurrentActor, OrganizationsService } from '@app/identity';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ConciergeAccountDto,
  ConciergeAccountViewDto,
  ConciergeOrganizationDto,
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
}
