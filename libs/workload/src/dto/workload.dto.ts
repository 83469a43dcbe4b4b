import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { WORK_ITEM_TYPES, WorkItemType } from '../entities/work-assignment.entity';

export const WORK_KINDS = ['review', 'introduction', 'engagement'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export class WorkItemsQuery {
  @ApiPropertyOptional({ description: 'Only this coordinator’s items' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ enum: WORK_KINDS })
  @IsOptional()
  @IsIn(WORK_KINDS)
  kind?: WorkKind;
}

export class AssignBody {
  @ApiProperty({
    enum: WORK_ITEM_TYPES,
    description: 'need or capability (under review), engagement (an introduction or what follows it)',
  })
  @IsIn(WORK_ITEM_TYPES)
  itemType: WorkItemType;

  @ApiProperty()
  @IsUUID()
  itemId: string;

  @ApiProperty({ description: 'A coordinator of an association whose jurisdiction contains the item' })
  @IsUUID()
  assigneeId: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Shown to the assignee with the notification' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class WorkItemDto {
  @ApiProperty({ enum: WORK_KINDS }) kind: WorkKind;
  @ApiProperty({ enum: WORK_ITEM_TYPES }) itemType: WorkItemType;
  @ApiProperty() itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'submitted / revision_submitted for a review, else the engagement status' })
  stage: string;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: String, nullable: true }) regionName: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The enterprise of a need, the provider of a capability or engagement',
  })
  partyName: string | null;
  @ApiProperty({ description: 'When it started waiting in its stage' }) since: Date;
  @ApiProperty() waitingSeconds: number;
  @ApiProperty({
    type: [String],
    description: 'Who must answer: coordinator (a request), enterprise and/or provider (an invitation)',
  })
  awaiting: string[];
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: Date, description: 'When a follow-up falls due by the association’s reminder periods' })
  dueAt: Date;
  @ApiProperty({ type: String, nullable: true }) assigneeId: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeName: string | null;
  @ApiProperty({
    enum: ['explicit', 'default', 'none'],
    description: 'Chosen by a coordinator, or the association’s default coordinator',
  })
  assignment: 'explicit' | 'default' | 'none';
  @ApiProperty({ type: String, nullable: true }) associationId: string | null;
}

export class WorkItemsDto {
  @ApiProperty({ type: [WorkItemDto], description: 'Oldest first' }) items: WorkItemDto[];
  @ApiProperty() total: number;
}

export class CoordinatorLoadDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() review: number;
  @ApiProperty() introduction: number;
  @ApiProperty() engagement: number;
  @ApiProperty() total: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ type: Date, nullable: true, description: 'Since when the oldest item waits' })
  oldestSince: Date | null;
  @ApiProperty({ description: 'Reviews decided over the last 90 days' }) reviewDecisions90d: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Their median time from submission to decision over the last 90 days',
  })
  reviewMedianSeconds90d: number | null;
}

export class AssociationLoadDto {
  @ApiProperty() associationId: string;
  @ApiProperty() associationName: string;
  @ApiProperty({ type: [CoordinatorLoadDto] }) coordinators: CoordinatorLoadDto[];
}

export class AssignmentViewDto {
  @ApiProperty({ enum: WORK_ITEM_TYPES }) itemType: WorkItemType;
  @ApiProperty() itemId: string;
  @ApiProperty() assigneeId: string;
  @ApiProperty({ description: 'The association whose workload it counts in' }) associationId: string;
  @ApiProperty({ type: String, nullable: true }) previousAssigneeId: string | null;
}
