import {
  HAND_OVER_STATES,
  HandOverState,
  INVITATION_PURPOSES,
  InvitationPurpose,
  InvitationStatus,
  MEMBERSHIP_ROLES,
  MembershipRole,
  ORGANIZATION_TYPES,
  OrganizationType,
  SELF_SERVICE_TYPES,
  WORKSTATION_KINDS,
  WorkstationKind,
} from '@app/identity';
import { IsCreditCode, Label, PageQuery } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

const REGION_HELP = 'Region code or name: "440600", "佛山", "广东省佛山市" or "Foshan"';

/** Fields every organisation payload shares; name and region differ in whether they are required. */
class OrganizationFieldsDto {
  @ApiPropertyOptional({ nullable: true })
  @Label('机构简介', 'Description')
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
  @ApiPropertyOptional({
    enum: WORKSTATION_KINDS,
    description: 'Workstations: academician 院士专家工作站, expert 科技专家工作站, society_service 学会服务站',
  })
  @IsOptional()
  @IsIn(WORKSTATION_KINDS)
  workstationKind?: WorkstationKind;
  @ApiPropertyOptional({ description: 'Workstations: the enterprise hosting it', nullable: true })
  @IsOptional()
  @IsUUID()
  hostOrganizationId?: string | null;
  @ApiPropertyOptional({
    description: `Associations only, set by platform admins: the region its coordinators look after. ${REGION_HELP}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  jurisdictionRegion?: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      '统一社会信用代码 (GB 32100-2015, check character verified), optional; unique; empty or null clears it',
    example: '91440605MA4W00000A',
  })
  @Label('统一社会信用代码', 'Unified social credit code')
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() || null : value,
  )
  @IsOptional()
  @IsCreditCode()
  creditCode?: string | null;
}

export class UpdateOrganizationDto extends OrganizationFieldsDto {
  @ApiPropertyOptional()
  @Label('机构名称', 'Organisation name')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ description: REGION_HELP, nullable: true }) @IsOptional() @IsString() @MaxLength(64) region?:
    string | null;
}

export class CreateOrganizationDto extends OrganizationFieldsDto {
  @ApiProperty({ enum: ORGANIZATION_TYPES, description: 'association and platform: platform admins only' })
  @IsIn(ORGANIZATION_TYPES)
  type: OrganizationType;
  @ApiProperty({ example: '佛山市南海区智擎机器人有限公司' })
  @Label('机构名称', 'Organisation name')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
  @ApiPropertyOptional({ description: REGION_HELP }) @IsOptional() @IsString() @MaxLength(64) region?: string;
}

export class ConciergeOrganizationDto extends OrganizationFieldsDto {
  @ApiProperty({ enum: SELF_SERVICE_TYPES }) @IsIn(SELF_SERVICE_TYPES) type: OrganizationType;
  @ApiProperty({ example: '茂名市电白区海湾对虾养殖专业合作社' })
  @Label('机构名称', 'Organisation name')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
  @ApiProperty({ description: `Must lie in the coordinator's jurisdiction. ${REGION_HELP}` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  region: string;
}

/** An account by e-mail address or mainland mobile number (one of the two). */
class AccountRefDto {
  @ApiPropertyOptional({ example: 'he.jianhua@example.cn' }) @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '13800000000' }) @IsOptional() @Matches(/^1\d{10}$/) mobile?: string;
}

export class AddMemberDto extends AccountRefDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) @IsIn(MEMBERSHIP_ROLES) role: MembershipRole;
}

export class InviteDto extends AccountRefDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) @IsIn(MEMBERSHIP_ROLES) role: MembershipRole;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) @IsIn(MEMBERSHIP_ROLES) role: MembershipRole;
}

export class AddStationExpertDto {
  @ApiProperty({ description: 'A provider of kind "expert"' }) @IsUUID() providerId: string;
}

export class ConciergeAccountDto extends AccountRefDto {
  @ApiProperty({ example: '吴春生' }) @IsString() @IsNotEmpty() @MaxLength(100) displayName: string;
  @ApiProperty({
    description: 'An organisation the coordinator manages (usually one they created on the user’s behalf)',
  })
  @IsUUID()
  organizationId: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES, description: 'Granted when the user redeems the set-password invitation' })
  @Label('在机构中的角色', 'Role in the organisation')
  @IsIn(MEMBERSHIP_ROLES)
  role: MembershipRole;
}

export class InvitationTokenDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) token: string;
}

export class RegisterWithInvitationDto extends InvitationTokenDto {
  @ApiProperty({ minLength: 8 }) @IsString() @MinLength(8) @MaxLength(200) password: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) displayName: string;
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'] }) @IsOptional() @IsIn(['zh-CN', 'en']) locale?: 'zh-CN' | 'en';
}

export class SetPasswordDto extends InvitationTokenDto {
  @ApiProperty({ minLength: 8 }) @IsString() @MinLength(8) @MaxLength(200) password: string;
}

export class RegionRefDto {
  @ApiProperty({ example: '440600' }) code: string;
  @ApiProperty({ example: '佛山市' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'Foshan' }) nameEn: string | null;
  @ApiProperty({ example: '广东省佛山市' }) fullName: string;
}

export class OrganizationRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

/** An organisation's public profile. */
export class OrganizationViewDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true, description: '统一社会信用代码' }) creditCode: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: RegionRefDto, nullable: true }) region: RegionRefDto | null;
  @ApiProperty({ type: String, nullable: true }) jurisdictionRegionCode: string | null;
  @ApiProperty({ type: RegionRefDto, nullable: true }) jurisdiction: RegionRefDto | null;
  @ApiProperty({ enum: WORKSTATION_KINDS, nullable: true }) workstationKind: WorkstationKind | null;
  @ApiProperty({ type: OrganizationRefDto, nullable: true, description: 'Workstations: the hosting enterprise' })
  hostOrganization: OrganizationRefDto | null;
  @ApiProperty({ description: 'Set up by a coordinator on the owner’s behalf' }) createdOnBehalf: boolean;
  @ApiProperty() createdAt: Date;
}

export class MyOrganizationDto extends OrganizationViewDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
}

export class OrganizationViewerDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES, nullable: true }) role: MembershipRole | null;
  @ApiProperty({ description: 'Whether I may edit it and manage its members' }) manages: boolean;
}

export class OrganizationProfileDto extends OrganizationViewDto {
  @ApiProperty({ type: OrganizationViewerDto }) viewer: OrganizationViewerDto;
}

export class MemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty() joinedAt: Date;
}

export class MemberRoleDto {
  @ApiProperty() userId: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
}

export class StationExpertDto {
  @ApiProperty() providerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty() addedAt: Date;
  @ApiProperty({
    enum: ['in_station', 'awaiting_consent'],
    description: 'awaiting_consent entries are shown to the workstation’s managers only',
  })
  status: 'in_station' | 'awaiting_consent';
}

/** A new invitation; its token is shown this once. */
export class IssuedInvitationDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: INVITATION_PURPOSES }) purpose: InvitationPurpose;
  @ApiProperty({ type: String, nullable: true }) organizationId: string | null;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty({ description: 'Shown once, to the inviter, who passes it on' }) token: string;
  @ApiProperty() expiresAt: Date;
}

export class OrganizationInvitationDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: INVITATION_PURPOSES }) purpose: InvitationPurpose;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty() invitedBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: Date, nullable: true }) acceptedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) acceptedBy: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'revoked', 'expired'] }) status: InvitationStatus;
}

export class AcceptedInvitationDto {
  @ApiProperty() organizationId: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
}

export class ConciergeUserDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty({ description: 'The coordinator who created it' }) createdOnBehalfBy: string;
}

export class ConciergeAccountViewDto {
  @ApiProperty({ type: ConciergeUserDto }) user: ConciergeUserDto;
  @ApiProperty({
    type: IssuedInvitationDto,
    description: 'The one-time set-password invitation that hands the account over',
  })
  invitation: IssuedInvitationDto;
}

export class ConciergeAccountsQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: HAND_OVER_STATES, description: 'Only accounts in this hand-over state' })
  @Label('交接状态', 'Hand-over state')
  @IsOptional()
  @IsIn(HAND_OVER_STATES)
  state?: HandOverState;
}

export class ConciergeOrganizationRefDto extends OrganizationRefDto {
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
}

export class ConciergeCreatorDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
}

/** An account created on a user's behalf and where its hand-over stands. */
export class ConciergeAccountRowDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile: string | null;
  @ApiProperty({ type: ConciergeOrganizationRefDto, nullable: true }) organization: ConciergeOrganizationRefDto | null;
  @ApiProperty({ enum: MEMBERSHIP_ROLES, nullable: true, description: 'Granted when the user claims the account' })
  role: MembershipRole | null;
  @ApiProperty({ type: ConciergeCreatorDto, description: 'The coordinator who created it' })
  createdBy: ConciergeCreatorDto;
  @ApiProperty() createdAt: Date;
  @ApiProperty({
    enum: HAND_OVER_STATES,
    description:
      'invited: a usable link is out; claimed: the user set a password; expired / revoked: a new link is needed',
  })
  state: HandOverState;
  @ApiProperty({ type: Date, nullable: true, description: 'When the latest link was issued' })
  linkIssuedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) linkExpiresAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) claimedAt: Date | null;
}
