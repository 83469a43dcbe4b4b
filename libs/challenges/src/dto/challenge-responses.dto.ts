import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, CHALLENGE_STATUSES, MILESTONE_STATUSES, UNSUCCESSFUL_REASONS } from '../challenge-rules';

/** Response shapes of the challenge endpoints, for the OpenAPI document and the console's generated types. */

export class LocalizedTextDto {
  @ApiProperty({ name: 'zh-CN' }) 'zh-CN': string;
  @ApiProperty() en: string;
}

export class CriterionDto {
  @ApiProperty({ example: 'c1' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Percent; all weights sum to 100' }) weight: number;
}

export class LinkDto {
  @ApiProperty() name: string;
  @ApiProperty() url: string;
}

export class ChallengeSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CHALLENGE_STATUSES }) status: string;
  @ApiProperty() enterpriseName: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ type: [String], description: 'Taxonomy field codes' }) fields: string[];
  @ApiProperty() deadline: Date;
  @ApiProperty({ description: 'Milliseconds until the deadline on the platform clock (0 once passed)' })
  remainingMs: number;
  @ApiProperty({ nullable: true, type: Number }) rewardMin: number | null;
  @ApiProperty({ nullable: true, type: Number }) rewardMax: number | null;
  @ApiProperty({ type: [String] }) eligibleKinds: string[];
}

export class MilestoneDto {
  @ApiProperty() id: string;
  @ApiProperty() seq: number;
  @ApiProperty() title: string;
  @ApiProperty() acceptanceCriteria: string;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: string;
  @ApiProperty() overdue: boolean;
  @ApiPropertyOptional({
    type: [LinkDto],
    description: 'For the enterprise, the coordinators in charge and the winner',
  })
  evidence?: LinkDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) submissionNote?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) submittedAt?: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewNote?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) acceptedAt?: Date | null;
}

export class AwardDto {
  @ApiProperty({ nullable: true, type: String }) providerName: string | null;
  @ApiProperty({ nullable: true, type: Date }) awardedAt: Date | null;
  @ApiPropertyOptional() applicationId?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) reason?: string | null;
}

export class ContactProviderDto {
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
}

export class ContactPersonDto {
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class ChallengeContactsDto {
  @ApiProperty({ type: ContactProviderDto }) provider: ContactProviderDto;
  @ApiProperty({ type: [ContactPersonDto] }) enterprise: ContactPersonDto[];
}

export class ChallengeDto extends ChallengeSummaryDto {
  @ApiProperty() needId: string;
  @ApiProperty() callText: string;
  @ApiProperty({ type: [String] }) eligibleRegions: string[];
  @ApiProperty({ nullable: true, type: String }) minQualifications: string | null;
  @ApiProperty({ type: [CriterionDto] }) criteria: CriterionDto[];
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
  @ApiProperty() applicationCount: number;
  @ApiProperty({ type: [String], enum: ['coordinator', 'enterprise', 'reviewer', 'applicant', 'winner'] })
  viewerRoles: string[];
  @ApiProperty({ type: [String] }) myApplicationIds: string[];
  @ApiPropertyOptional() inviteCount?: number;
  @ApiPropertyOptional({ nullable: true, type: String }) returnReason?: string | null;
  @ApiProperty({ type: AwardDto, nullable: true }) award: AwardDto | null;
  @ApiProperty({ nullable: true, type: Date }) openedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiPropertyOptional({
    type: ChallengeContactsDto,
    nullable: true,
    description: 'Once awarded: for the enterprise, the coordinators in charge and the winner',
  })
  contacts?: ChallengeContactsDto | null;
}

export class InvitationDto {
  @ApiProperty() providerId: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: LocalizedTextDto }) reasons: LocalizedTextDto;
  @ApiProperty() applied: boolean;
}

export class ApplicationProviderDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ nullable: true, type: String }) affiliation: string | null;
}

export class TeamMemberDto {
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiPropertyOptional({ nullable: true, type: String }) affiliation?: string | null;
}

export class ScheduleItemDto {
  @ApiProperty() milestone: number;
  @ApiProperty() plannedDate: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note?: string | null;
}

export class OutcomeDto {
  @ApiProperty({ enum: UNSUCCESSFUL_REASONS }) reasonCode: string;
  @ApiProperty({ type: LocalizedTextDto }) reason: LocalizedTextDto;
}

export class MyScoreDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiProperty() weightedTotal: number;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class ApplicationDto {
  @ApiProperty() id: string;
  @ApiProperty() challengeId: string;
  @ApiProperty({ type: ApplicationProviderDto }) provider: ApplicationProviderDto;
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'Applicants see "submitted" while shortlisted' })
  status: string;
  @ApiProperty() approach: string;
  @ApiProperty({ type: [TeamMemberDto] }) team: TeamMemberDto[];
  @ApiProperty({ type: [ScheduleItemDto] }) schedule: ScheduleItemDto[];
  @ApiProperty() price: number;
  @ApiProperty({ type: [LinkDto] }) attachments: LinkDto[];
  @ApiProperty() submittedAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: OutcomeDto, nullable: true }) outcome: OutcomeDto | null;
  @ApiProperty({ type: MyScoreDto, nullable: true }) myScore: MyScoreDto | null;
}

export class ScoreDto {
  @ApiProperty() applicationId: string;
  @ApiProperty({ enum: ['enterprise', 'coordinator', 'reviewer'] }) scorerRole: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiProperty() weightedTotal: number;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class ScorerScoreDto {
  @ApiProperty() scorerId: string;
  @ApiProperty() scorerName: string;
  @ApiProperty({ enum: ['enterprise', 'coordinator', 'reviewer'] }) scorerRole: string;
  @ApiProperty() weightedTotal: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class RankingConflictDto {
  @ApiProperty({ type: 'array', items: { type: 'object' } }) reasons: unknown[];
  @ApiProperty() overridden: boolean;
}

export class RankingProviderDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
}

export class RankingItemDto {
  @ApiProperty() applicationId: string;
  @ApiProperty({ type: RankingProviderDto }) provider: RankingProviderDto;
  @ApiProperty() price: number;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: Number, description: "Mean of the evaluators' weighted totals" }) average:
    number | null;
  @ApiProperty({ nullable: true, type: Number }) rank: number | null;
  @ApiProperty() scoreCount: number;
  @ApiProperty({ type: [ScorerScoreDto] }) scores: ScorerScoreDto[];
  @ApiPropertyOptional({ type: RankingConflictDto, nullable: true, description: 'Coordinators only' })
  conflict?: RankingConflictDto | null;
}

export class ReviewerDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: Date }) declaredAt: Date | null;
  @ApiProperty({ type: [String] }) conflictedApplicationIds: string[];
  @ApiProperty({ nullable: true, type: String }) statement: string | null;
}

export class DeclarationDto {
  @ApiProperty() declaredAt: Date;
  @ApiProperty({ type: [String] }) conflictedApplicationIds: string[];
}

export class AwardResultDto {
  @ApiProperty() challengeId: string;
  @ApiProperty() awardedApplicationId: string;
  @ApiProperty({ enum: ['in_progress'] }) status: string;
}

export class MyProviderDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ description: "Whether its kind and region meet the call's eligibility" }) eligible: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Its application to this challenge, if any' })
  applicationId: string | null;
}
