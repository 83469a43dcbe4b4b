import {
  DECLINE_REASONS,
  DeclineReason,
  ENGAGEMENT_STATUSES,
  EngagementEventType,
  EngagementOrigin,
  EngagementRole,
  EngagementStatus,
  PartyResponse,
  Side,
} from '@app/brokerage';
import {
  COOPERATION_MODES,
  CooperationMode,
  LISTING_STATUSES,
  ListingStatus,
  PROVIDER_KINDS,
  ProviderKind,
  PUBLICATION_KINDS,
  PublicationKind,
} from '@app/listings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttachmentDto } from './listings.dto';
import { NeedMatchDto } from './matches.dto';

const ORIGINS: EngagementOrigin[] = ['match', 'manual', 'enterprise_request', 'expert_interest'];
const RESPONSES: PartyResponse[] = ['pending', 'accepted', 'declined'];
const SIDES: Side[] = ['enterprise', 'provider'];
const EVENT_TYPES: EngagementEventType[] = ['transition', 'response', 'note', 'message', 'agreement-confirmation'];

/** A row of GET /engagements. */
export class EngagementListItemDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ENGAGEMENT_STATUSES }) status: EngagementStatus;
  @ApiProperty({ enum: ORIGINS }) origin: EngagementOrigin;
  @ApiProperty() needId: string;
  @ApiProperty() needTitle: string;
  @ApiProperty() providerId: string;
  @ApiProperty() providerName: string;
  @ApiProperty({ type: String, nullable: true }) enterpriseName: string | null;
  @ApiProperty({ enum: RESPONSES }) enterpriseResponse: PartyResponse;
  @ApiProperty({ enum: RESPONSES }) providerResponse: PartyResponse;
  @ApiProperty({ type: Date, nullable: true }) introducedAt: Date | null;
  @ApiProperty() statusChangedAt: Date;
}

export class ContactPersonViewDto {
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

class EnterpriseMemberDto {
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

class EngagementContactsDto {
  @ApiProperty({ type: ContactPersonViewDto, description: 'The contact person the provider named when it accepted' })
  provider: ContactPersonViewDto;
  @ApiProperty({ type: ContactPersonViewDto }) enterprise: ContactPersonViewDto;
  @ApiProperty({ type: [EnterpriseMemberDto], description: 'Everyone in the enterprise’s organisation, for copies' })
  enterpriseMembers: EnterpriseMemberDto[];
}

class BrokerContactsDto {
  @ApiProperty({ type: ContactPersonViewDto }) enterprise: ContactPersonViewDto;
  @ApiProperty({ type: ContactPersonViewDto }) provider: ContactPersonViewDto;
}

class ContactDraftsDto {
  @ApiPropertyOptional({ type: ContactPersonViewDto }) enterprise?: ContactPersonViewDto;
  @ApiPropertyOptional({ type: ContactPersonViewDto }) provider?: ContactPersonViewDto;
}

class EngagementNeedDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes: CooperationMode[];
  @ApiProperty({ type: Number, nullable: true }) budgetMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) budgetMax: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Owners, coordinators in charge, and the provider once both accepted',
  })
  confidentialDetails?: string | null;
  @ApiPropertyOptional({ type: [AttachmentDto] }) confidentialAttachments?: AttachmentDto[];
}

class EngagementEnterpriseDto {
  @ApiProperty() organizationId: string;
  @ApiProperty() name: string;
}

class EngagementCapabilityDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) serviceModes: CooperationMode[];
}

class EngagementAchievementDto {
  @ApiProperty({ enum: PUBLICATION_KINDS }) kind: PublicationKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
}

class EngagementProviderDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: PROVIDER_KINDS }) kind: ProviderKind;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty() bio: string;
  @ApiProperty({ type: [EngagementCapabilityDto], description: 'Its published capabilities (up to 10)' })
  capabilities: EngagementCapabilityDto[];
  @ApiProperty({
    type: [EngagementAchievementDto],
    description: 'Its publications, patents and achievements (up to 10)',
  })
  achievements: EngagementAchievementDto[];
}

class SideResponseDto {
  @ApiProperty({ enum: RESPONSES }) status: PartyResponse;
  @ApiProperty({ type: Date, nullable: true }) respondedAt: Date | null;
}

class EngagementResponsesDto {
  @ApiProperty({ type: SideResponseDto }) enterprise: SideResponseDto;
  @ApiProperty({ type: SideResponseDto }) provider: SideResponseDto;
}

class EngagementDeclineDto {
  @ApiProperty({ enum: SIDES }) side: Side;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true, description: 'For the coordinator and the side that declined' })
  reasonCode: DeclineReason | null;
  @ApiProperty({ type: String, nullable: true }) reasonText: string | null;
}

class EngagementMeetingDto {
  @ApiProperty() at: Date;
  @ApiProperty({ enum: ['online', 'in_person'], nullable: true }) mode: 'online' | 'in_person' | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
}

class EngagementAgreementDto {
  @ApiProperty({ type: String, nullable: true }) type: string | null;
  @ApiProperty({ type: Number, nullable: true }) contractValue: number | null;
  @ApiProperty({ type: Date, nullable: true }) signedAt: Date | null;
}

class EngagementClosedDto {
  @ApiProperty({ type: Date, nullable: true }) at: Date | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

/** An engagement as one participant sees it. */
export class EngagementViewDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ENGAGEMENT_STATUSES }) status: EngagementStatus;
  @ApiProperty({ enum: ORIGINS }) origin: EngagementOrigin;
  @ApiProperty({ enum: ['coordinator', ...SIDES], isArray: true, description: 'How the caller takes part' })
  viewerRoles: EngagementRole[];
  @ApiProperty({
    enum: ENGAGEMENT_STATUSES,
    isArray: true,
    description: 'The moves the caller can make through POST /engagements/{id}/transitions',
  })
  allowedTransitions: EngagementStatus[];
  @ApiProperty({ type: EngagementNeedDto }) need: EngagementNeedDto;
  @ApiProperty({ type: EngagementEnterpriseDto }) enterprise: EngagementEnterpriseDto;
  @ApiProperty({ type: EngagementProviderDto }) provider: EngagementProviderDto;
  @ApiProperty({ type: EngagementResponsesDto }) responses: EngagementResponsesDto;
  @ApiProperty({ type: EngagementDeclineDto, nullable: true }) decline: EngagementDeclineDto | null;
  @ApiProperty({ type: Date, nullable: true }) introducedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) introductionNote: string | null;
  @ApiProperty({ type: String, nullable: true }) requestMessage: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Coordinators only' }) matchScore: number | null;
  @ApiProperty({ type: EngagementContactsDto, nullable: true, description: 'Once both sides accepted' })
  contacts: EngagementContactsDto | null;
  @ApiProperty({
    type: BrokerContactsDto,
    nullable: true,
    description: 'For the coordinator in charge, before both accepted',
  })
  brokerContacts: BrokerContactsDto | null;
  @ApiProperty({
    type: ContactDraftsDto,
    description: 'For each side the caller may still accept for: the contact person the accept dialog starts from',
  })
  contactDrafts: ContactDraftsDto;
  @ApiProperty({ type: Date, nullable: true }) revealedAt: Date | null;
  @ApiProperty({ type: EngagementMeetingDto, nullable: true }) meeting: EngagementMeetingDto | null;
  @ApiProperty({ type: EngagementAgreementDto, nullable: true }) agreement: EngagementAgreementDto | null;
  @ApiProperty({ type: EngagementClosedDto, nullable: true }) closed: EngagementClosedDto | null;
  @ApiProperty() statusChangedAt: Date;
}

export class TimelineItemDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: EVENT_TYPES }) type: EngagementEventType;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'coordinator, enterprise or provider' }) actorRole:
    string | null;
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus: string | null;
  @ApiProperty({ type: String, nullable: true }) body: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data: Record<string, unknown> | null;
}

export class TimelineDto {
  @ApiProperty() engagementId: string;
  @ApiProperty({ type: [TimelineItemDto] }) items: TimelineItemDto[];
}

/** A message or note just posted. */
export class PostedEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: EVENT_TYPES }) type: EngagementEventType;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: String, nullable: true }) body: string | null;
}

export class RejectedMatchDto {
  @ApiProperty() needId: string;
  @ApiProperty() providerId: string;
  @ApiProperty({ enum: ['rejected'] }) label: 'rejected';
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true }) reasonCode: DeclineReason | null;
  @ApiProperty() reason: string;
}

export class MatchOverrideResultDto {
  @ApiProperty() needId: string;
  @ApiProperty() providerId: string;
  @ApiProperty({ enum: ['pin', 'exclude'] }) action: 'pin' | 'exclude';
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['pending'], description: 'The need is re-matched' }) matchStatus: 'pending';
}

export class NextCandidatesDto {
  @ApiProperty({ enum: ['pending', 'ready'] }) status: 'pending' | 'ready';
  @ApiProperty({ type: [NeedMatchDto], description: 'Best current matches not introduced, excluded or rejected' })
  items: NeedMatchDto[];
}
