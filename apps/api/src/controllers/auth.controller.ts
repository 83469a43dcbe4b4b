import { DomainError } from '@app/common';
import { Access, Actor, AuthService, CurrentActor, OrganizationsService } from '@app/identity';
import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ChangePasswordDto, LocaleDto, LoginDto, LogoutDto, RefreshDto, RegisterDto } from '../dto/auth.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly organizations: OrganizationsService) {}

  @Post('auth/register')
  @Access('public')
  async register(@Body() dto: RegisterDto) {
    const user = await this.auth.register(dto);
    return { id: user.id, displayName: user.displayName, email: user.email, mobile: user.mobile };
  }

  @Post('auth/login')
  @HttpCode(200)
  @Access('public')
  login(@Body() dto: LoginDto, @Req() req: Request & { id?: string }) {
    const account = dto.email ?? dto.mobile;
    if (!account) throw DomainError.validation([{ field: 'email', constraint: 'isDefined' }]);
    return this.auth.login(account, dto.password, { requestId: req.id, address: req.ip ?? req.socket.remoteAddress ?? 'unknown' });
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Access('public')
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Access('user')
  @ApiBearerAuth()
  async logout(@Body() dto: LogoutDto, @CurrentActor() actor: Actor) {
    await this.auth.logout(actor.userId, dto.refreshToken);
  }

  @Post('auth/password')
  @HttpCode(204)
  @Access('user')
  @ApiBearerAuth()
  async changePassword(@Body() dto: ChangePasswordDto, @CurrentActor() actor: Actor) {
    await this.auth.changePassword(actor.userId, dto.currentPassword, dto.newPassword);
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
  async me(@CurrentActor() actor: Actor) {
    const organizations = await this.organizations.listForActor(actor);
    return {
      userId: actor.userId, isAdmin: actor.isAdmin, locale: actor.locale,
      memberships: actor.memberships.map((m) => ({ ...m, organization: organizations.find((o) => o.id === m.organizationId) })),
    };
  }
}
