import {
  Access,
  Actor,
  CurrentActor,
  InvitationsService,
  MembershipsService,
  OrganizationsService,
} from '@app/identity';
import { WorkstationExpertsService } from '@app/listings';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AddMemberDto,
  AddStationExpertDto,
  ChangeRoleDto,
  CreateOrganizationDto,
  IssuedInvitationDto,
  MemberDto,
  MemberRoleDto,
  MyOrganizationDto,
  OrganizationProfileDto,
  StationExpertDto,
  UpdateOrganizationDto,
} from '../dto/organizations.dto';
import { ListOf } from '@app/common';

/** Organisations, their members and roles, and the experts in station at workstations. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: MembershipsService,
    private readonly invitations: InvitationsService,
    private readonly stationExperts: WorkstationExpertsService,
  ) {}

  @Post()
  @Access('user')
  @ApiOperation({
    summary:
      'Create an enterprise, society, workstation, university or institute and become its admin (associations: platform admins)',
  })
  @ApiCreatedResponse({ type: MyOrganizationDto })
  async create(@Body() dto: CreateOrganizationDto, @CurrentActor() actor: Actor) {
    const org = await this.organizations.create(dto, actor, { onBehalf: false });
    return { ...(await this.organizations.describe(org)), role: 'admin' as const };
  }

  @Get('mine')
  @Access('user')
  @ApiOperation({ summary: 'The organisations I belong to, with my role in each' })
  @ApiOkResponse({ type: ListOf(MyOrganizationDto) })
  async mine(@CurrentActor() actor: Actor) {
    return { items: await this.organizations.listMine(actor) };
  }

  @Get(':id')
  @Access('user')
  @ApiOperation({ summary: 'Public profile of an organisation, and what I may do with it' })
  @ApiOkResponse({ type: OrganizationProfileDto })
  profile(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.organizations.profile(id, actor);
  }

  @Patch(':id')
  @Access('user')
  @ApiOperation({
    summary:
      'Update the profile (organisation admins; coordinators in charge of what they created on the owner’s behalf)',
  })
  @ApiOkResponse({ type: OrganizationProfileDto })
  update(@Param('id') id: string, @Body() dto: UpdateOrganizationDto, @CurrentActor() actor: Actor) {
    return this.organizations.update(id, dto, actor);
  }

  @Get(':id/members')
  @Access('user')
  @ApiOperation({ summary: 'Members and roles (members, coordinators in charge, platform admins)' })
  @ApiOkResponse({ type: ListOf(MemberDto) })
  async listMembers(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return { items: await this.members.list(id, actor) };
  }

  @Post(':id/members')
  @Access('user')
  @ApiOperation({
    summary: 'Invite an e-mail address or mobile number with a role (organisation admins); they join once they accept',
    description:
      'The same answer whether or not an account exists for the address (no one learns who is registered): a join invitation whose token is returned once.',
  })
  @ApiCreatedResponse({ type: IssuedInvitationDto })
  addMember(@Param('id') id: string, @Body() dto: AddMemberDto, @CurrentActor() actor: Actor) {
    return this.invitations.invite(id, dto, dto.role, actor);
  }

  @Patch(':id/members/:userId')
  @Access('user')
  @ApiOperation({ summary: 'Change a member’s role (organisation admins); the last admin cannot be demoted' })
  @ApiOkResponse({ type: MemberRoleDto })
  changeRole(
    @Param('id') id: string,
    @Param('userId') userId: string,
    @Body() dto: ChangeRoleDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.members.changeRole(id, userId, dto.role, actor);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @Access('user')
  @ApiOperation({ summary: 'Remove a member (organisation admins), or leave (yourself); the last admin cannot go' })
  @ApiNoContentResponse({ description: 'Removed' })
  async removeMember(@Param('id') id: string, @Param('userId') userId: string, @CurrentActor() actor: Actor) {
    await this.members.remove(id, userId, actor);
  }

  @Get(':id/experts')
  @Access('user')
  @ApiOperation({ summary: 'Experts in station at a workstation; its managers also see those awaiting consent' })
  @ApiOkResponse({ type: ListOf(StationExpertDto) })
  async listExperts(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return { items: await this.stationExperts.list(id, actor) };
  }

  @Post(':id/experts')
  @Access('user')
  @ApiOperation({
    summary: 'Add an expert (a provider of kind expert) to a workstation (its admins); listed once the expert consents',
  })
  @ApiCreatedResponse({ type: StationExpertDto })
  addExpert(@Param('id') id: string, @Body() dto: AddStationExpertDto, @CurrentActor() actor: Actor) {
    return this.stationExperts.add(id, dto.providerId, actor);
  }

  @Post(':id/experts/:providerId/consent')
  @HttpCode(200)
  @Access('user')
  @ApiOperation({ summary: 'The expert agrees to be listed in station (the account the expert profile belongs to)' })
  @ApiOkResponse({ type: StationExpertDto })
  consentAsExpert(@Param('id') id: string, @Param('providerId') providerId: string, @CurrentActor() actor: Actor) {
    return this.stationExperts.consent(id, providerId, actor);
  }

  @Delete(':id/experts/:providerId')
  @HttpCode(204)
  @Access('user')
  @ApiOperation({ summary: 'Remove an expert from a workstation (its admins)' })
  @ApiNoContentResponse({ description: 'Removed' })
  async removeExpert(@Param('id') id: string, @Param('providerId') providerId: string, @CurrentActor() actor: Actor) {
    await this.stationExperts.remove(id, providerId, actor);
  }
}
