import { DomainError } from '@app/common';
import { Environment } from '@app/config';
import {
  Access,
  Actor,
  AuthService,
  ContactConfirmationService,
  CurrentActor,
  OrganizationsService,
  RequestWithActor,
} from '@app/identity';
import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ChangePasswordDto,
  ConfirmContactDto,
  ContactStatusDto,
  LocaleDto,
  LoginDto,
  LogoutDto,
  MeDto,
  RefreshDto,
  RegisterDto,
  RegistrationAnswerDto,
  RequestConfirmationDto,
  SentConfirmationDto,
  SessionDto,
} from '../dto/auth.dto';
import { clearSessionCookie, deliverSession, refreshTokenFromCookie } from '../session-cookie';

const SESSION_COOKIE_DOC = {
  name: 'X-Session-Cookie',
  required: false,
  description: 'The console sends 1: the refresh token then goes into an HttpOnly cookie and is left out of the answer',
};

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly organizations: OrganizationsService,
    private readonly confirmations: ContactConfirmationService,
    private readonly env: Environment,
  ) {}

  @Post('auth/register')
  @Access('public')
  @ApiOperation({
    summary:
      'Register; the same answer whether or not the address already has an account (a code goes to a new address)',
  })
  @ApiCreatedResponse({ type: RegistrationAnswerDto })
  register(@Body() dto: RegisterDto) {
    return this.auth.registerSelfService(dto);
  }

  @Post('auth/login')
  @HttpCode(200)
  @Access('public')
  @ApiHeader(SESSION_COOKIE_DOC)
  @ApiOkResponse({ type: SessionDto })
  async login(@Body() dto: LoginDto, @Req() req: Request & { id?: string }, @Res({ passthrough: true }) res: Response) {
    const account = dto.email ?? dto.mobile;
    if (!account) throw DomainError.validation([{ field: 'email', constraint: 'isDefined' }]);
    const pair = await this.auth.login(account, dto.password, {
      requestId: req.id,
      address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    });
    return deliverSession(req, res, this.env, pair);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Access('public')
  @ApiHeader(SESSION_COOKIE_DOC)
  @ApiOperation({
    summary:
      'Rotate a refresh token (from the body, or for the console from its cookie); a replayed one revokes its sign-in',
  })
  @ApiOkResponse({ type: SessionDto })
  async refresh(@Body() dto: RefreshDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = dto.refreshToken ?? refreshTokenFromCookie(req);
    if (!token) throw DomainError.validation([{ field: 'refreshToken', constraint: 'isDefined' }]);
    try {
      return deliverSession(req, res, this.env, await this.auth.refresh(token, { fromCookie: !dto.refreshToken }));
    } catch (err) {
      if (!dto.refreshToken) clearSessionCookie(req, res, this.env);
      throw err;
    }
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Access('user')
  @ApiBearerAuth()
  @ApiHeader(SESSION_COOKIE_DOC)
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(
    @Body() dto: LogoutDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const cookie = refreshTokenFromCookie(req);
    await this.auth.logout(actor.userId, dto.refreshToken ?? cookie);
    if (cookie !== undefined) clearSessionCookie(req, res, this.env);
  }

  @Post('auth/password')
  @HttpCode(204)
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change the password: every other sign-in of the account ends (its refresh and access tokens)',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  async changePassword(@Body() dto: ChangePasswordDto, @CurrentActor() actor: Actor, @Req() req: RequestWithActor) {
    await this.auth.changePassword(actor.userId, dto.currentPassword, dto.newPassword, req.session?.family);
  }

  @Put('me/locale')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The language notifications and e-mails are written in for the signed-in user' })
  @ApiOkResponse({ type: LocaleDto })
  setLocale(@Body() dto: LocaleDto, @CurrentActor() actor: Actor) {
    return this.auth.setLocale(actor.userId, dto.locale);
  }

  @Get('me')
  @Access('user')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto })
  async me(@CurrentActor() actor: Actor) {
    const organizations = await this.organizations.listForActor(actor);
    return {
      userId: actor.userId,
      isAdmin: actor.isAdmin,
      locale: actor.locale,
      memberships: actor.memberships.map((m) => ({
        ...m,
        organization: organizations.find((o) => o.id === m.organizationId),
      })),
    };
  }

  @Get('me/contact')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The account's e-mail address and mobile number, and whether each is confirmed" })
  @ApiOkResponse({ type: ContactStatusDto })
  contact(@CurrentActor() actor: Actor) {
    return this.confirmations.status(actor.userId);
  }

  @Post('me/contact/confirmations')
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Send a one-time code to the account's e-mail address or mobile number (one a minute, five an hour)",
  })
  @ApiCreatedResponse({ type: SentConfirmationDto })
  requestConfirmation(@Body() dto: RequestConfirmationDto, @CurrentActor() actor: Actor) {
    return this.confirmations.request(actor.userId, dto.channel);
  }

  @Post('me/contact/confirm')
  @HttpCode(200)
  @Access('user')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Confirm the address with the code sent to it (five tries per code)' })
  @ApiOkResponse({ type: ContactStatusDto })
  confirm(@Body() dto: ConfirmContactDto, @CurrentActor() actor: Actor) {
    return this.confirmations.confirm(actor.userId, dto.channel, dto.code);
  }
}
