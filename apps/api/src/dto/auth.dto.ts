import {
  MEMBERSHIP_ROLES,
  MembershipRole,
  ORGANIZATION_TYPES,
  OrganizationType,
  WORKSTATION_KINDS,
  WorkstationKind,
} from '@app/identity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiPropertyOptional({ example: 'name@example.cn' }) @IsOptional() @IsString() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '13800000000' }) @IsOptional() @IsString() @MaxLength(30) mobile?: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

export class RegisterDto {
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ description: 'Mainland mobile number' }) @IsOptional() @Matches(/^1\d{10}$/) mobile?: string;
  @ApiProperty({ minLength: 8 }) @IsString() @MinLength(8) @MaxLength(200) password: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) displayName: string;
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'] }) @IsOptional() @IsIn(['zh-CN', 'en']) locale?: 'zh-CN' | 'en';
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Required, except for the console, whose refresh token is in its cookie' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class LogoutDto {
  @ApiPropertyOptional({
    description:
      'Revoke this refresh token only; without it (and without the console cookie), every session of the user',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() currentPassword: string;
  @ApiProperty({ minLength: 8 }) @IsString() @MinLength(8) @MaxLength(200) newPassword: string;
}

export class RegistrationAnswerDto {
  @ApiProperty({ enum: ['confirmation-sent'] }) status: 'confirmation-sent';
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
}

const CHANNELS = ['email', 'mobile'] as const;

export class RequestConfirmationDto {
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel: 'email' | 'mobile';
}

export class ConfirmContactDto {
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel: 'email' | 'mobile';
  @ApiProperty({ example: '123456', description: 'The six digits sent to the address' })
  @IsString()
  @Matches(/^\s*\d{6}\s*$/)
  code: string;
}

export class SentConfirmationDto {
  @ApiProperty({ enum: CHANNELS }) channel: 'email' | 'mobile';
  @ApiProperty() address: string;
  @ApiProperty() expiresAt: Date;
}

export class ContactStatusDto {
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty() emailConfirmed: boolean;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty() mobileConfirmed: boolean;
}

export class LocaleDto {
  @ApiProperty({ enum: ['zh-CN', 'en'], description: 'The language of notifications and e-mails' })
  @IsIn(['zh-CN', 'en'])
  locale: 'zh-CN' | 'en';
}

export class SessionUserDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty({ enum: ['zh-CN', 'en'] }) locale: 'zh-CN' | 'en';
  @ApiProperty() isPlatformAdmin: boolean;
}

/** A sign-in: the access token, and the refresh token unless the console asked for it in its HttpOnly cookie. */
export class SessionDto {
  @ApiProperty() accessToken: string;
  @ApiPropertyOptional({ description: 'Absent when X-Session-Cookie: 1 put it into the HttpOnly cookie' })
  refreshToken?: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds the access token lives' }) expiresIn: number;
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

/** An organisation as stored (the account's own organisations in GET /me). */
export class OrganizationRecordDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) jurisdictionRegionCode: string | null;
  @ApiProperty({ enum: WORKSTATION_KINDS, nullable: true }) workstationKind: WorkstationKind | null;
  @ApiProperty({ type: String, nullable: true }) hostOrganizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) createdOnBehalfBy: string | null;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class MeMembershipDto {
  @ApiProperty() organizationId: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) organizationType: OrganizationType;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty({ type: String, nullable: true, description: 'Associations: the region their coordinators look after' })
  jurisdictionRegionCode: string | null;
  @ApiPropertyOptional({ type: OrganizationRecordDto }) organization?: OrganizationRecordDto;
}

export class MeDto {
  @ApiProperty() userId: string;
  @ApiProperty() isAdmin: boolean;
  @ApiProperty({ enum: ['zh-CN', 'en'] }) locale: 'zh-CN' | 'en';
  @ApiProperty({ type: [MeMembershipDto] }) memberships: MeMembershipDto[];
}
