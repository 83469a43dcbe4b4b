import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInt } from '@app/common';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PROVIDER_KINDS, ProviderKind } from '@app/listings';
import { MatchReasons } from '@app/matching';
import { ConflictOverrideDto, ConflictReasonDto } from '@app/conflicts';

export class MatchesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;
}

class MatchedPublicationDto {
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
}

class MatchedCapabilityDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
}

class MatchEvidenceDto {
  @ApiProperty({ enum: ['profile', 'capability', 'publication'] }) kind: 'profile' | 'capability' | 'publication';
  @ApiProperty() title: string;
  @ApiProperty() similarity: number;
}

class TrackRecordDto {
  @ApiProperty({ type: 'integer' }) openEngagements: number;
  @ApiProperty({ type: 'integer' }) positiveOutcomes: number;
  @ApiProperty({ type: 'integer' }) negativeOutcomes: number;
  @ApiProperty({ description: 'The log-odds they add to the score' }) adjustment: number;
}

export class LocalizedSummaryDto {
  @ApiProperty({ name: 'zh-CN' }) 'zh-CN': string;
  @ApiProperty() en: string;
}

/** Why a pair matched (the tail below the explained head carries empty lists and a short summary). */
export class MatchReasonsDto {
  @ApiProperty({ type: [String] }) matchedKeywords: string[];
  @ApiProperty({ type: [String] }) matchedFields: string[];
  @ApiProperty({ type: [MatchedPublicationDto] }) matchedPublications: MatchedPublicationDto[];
  @ApiProperty({ type: MatchedCapabilityDto, nullable: true }) matchedCapability: MatchedCapabilityDto | null;
  @ApiProperty({ type: [MatchEvidenceDto], description: 'The provider’s documents that carried the score, best first' })
  evidence: MatchEvidenceDto[];
  @ApiProperty({ enum: ['same-county', 'same-city', 'same-province', 'other', 'unknown'] })
  region: MatchReasons['region'];
  @ApiProperty() available: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty({
    type: TrackRecordDto,
    nullable: true,
    description: 'Past outcomes and open introductions; null without any',
  })
  trackRecord: TrackRecordDto | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'The ranker’s feature values' })
  features: Record<string, number>;
  @ApiProperty({ type: LocalizedSummaryDto }) summary: LocalizedSummaryDto;
}

class CandidateConflictDto {
  @ApiProperty({ type: [ConflictReasonDto] }) reasons: ConflictReasonDto[];
  @ApiProperty({ type: ConflictOverrideDto, nullable: true }) override: ConflictOverrideDto | null;
}

export class NeedMatchDto {
  @ApiProperty({ enum: PROVIDER_KINDS }) providerType: ProviderKind;
  @ApiProperty() providerId: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: '0–100' }) score: number;
  @ApiProperty({ type: String, nullable: true }) capabilityId: string | null;
  @ApiProperty({ type: MatchReasonsDto }) reasons: MatchReasonsDto;
  @ApiPropertyOptional({
    type: CandidateConflictDto,
    description: 'Coordinators in charge only: the conflicts of interest found for this pair',
  })
  conflict?: CandidateConflictDto;
}

export class ProviderMatchDto {
  @ApiProperty() needId: string;
  @ApiProperty({ type: String, nullable: true }) externalId: string | null;
  @ApiProperty() title: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: MatchReasonsDto }) reasons: MatchReasonsDto;
}

class MatchListFieldsDto {
  @ApiProperty({ enum: ['pending', 'ready'], description: '"ready" once the current revision is matched' }) status:
    'pending' | 'ready';
  @ApiProperty({ type: 'integer', description: 'The subject’s current revision' }) revision: number;
  @ApiProperty({ type: String, nullable: true }) algorithmVersion: string | null;
}

export class NeedMatchListDto extends MatchListFieldsDto {
  @ApiProperty({ type: [NeedMatchDto] }) items: NeedMatchDto[];
}

export class ProviderMatchListDto extends MatchListFieldsDto {
  @ApiProperty({ type: [ProviderMatchDto] }) items: ProviderMatchDto[];
}
