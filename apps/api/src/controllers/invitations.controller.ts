import { Access, Actor, CurrentActor, InvitationsService } from '@app/identity';
import { Environment } from '@app/config';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  AcceptedInvitationDto,
  InvitationTokenDto,
  InviteDto,
  IssuedInvitationDto,
  OrganizationInvitationDto,
  RegisterWithInvitationDto,
  SetPasswordDto,
} from '../dto/organizations.dto';
import { deliverSession } from '../session-cookie';
import { SessionDto } from '../dto/auth.dto';
import { ListOf } from '@app/common';

/**
 * Invitations: organisation admins invite by e-mail or mobile number; the token (returned once to the inviter, who passes
 * it on) is single-use and expires after seven days.
 */
@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly env: Environment,
  ) {}

  @Post('organizations/:id/invitations')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Invite an e-mail address or mobile number with a role (organisation admins); returns the token once',
  })
  @ApiCreatedResponse({ type: IssuedInvitationDto })
  invite(@Param('id') id: string, @Body() dto: InviteDto, @CurrentActor() actor: Actor) {
    return this.invitations.invite(id, dto, dto.role, actor);
  }

  @Get('organizations/:id/invitations')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Invitations of an organisation with their status (organisation admins); tokens are never shown again',
  })
  @ApiOkResponse({ type: ListOf(OrganizationInvitationDto) })
  async list(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return { items: await this.invitations.list(id, actor) };
  }

  @Delete('organizations/:id/invitations/:invitationId')
  @HttpCode(204)
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke a pending invitation (organisation admins)' })
  @ApiNoContentResponse({ description: 'Revoked' })
  async revoke(@Param('id') id: string, @Param('invitationId') invitationId: string, @CurrentActor() actor: Actor) {
    await this.invitations.revoke(id, invitationId, actor);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Accept an invitation while signed in with the invited e-mail or mobile number' })
  @ApiOkResponse({ type: AcceptedInvitationDto })
  accept(@Body() dto: InvitationTokenDto, @CurrentActor() actor: Actor) {
    return this.invitations.accept(dto.token, actor);
  }

  @Post('invitations/register')
  @Access('public')
  @ApiOperation({
    summary:
      'Register with an invitation (the invited e-mail or mobile becomes the account) and join; returns a session',
  })
  @ApiCreatedResponse({ type: SessionDto })
  async register(
    @Body() dto: RegisterWithInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return deliverSession(req, res, this.env, await this.invitations.register(dto.token, dto));
  }

  @Post('invitations/set-password')
  @HttpCode(200)
  @Access('public')
  @ApiOperation({
    summary: 'Take over an account a coordinator created for you: set its password and join; returns a session',
  })
  @ApiOkResponse({ type: SessionDto })
  async setPassword(@Body() dto: SetPasswordDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return deliverSession(req, res, this.env, await this.invitations.setPassword(dto.token, dto.password));
  }
}
