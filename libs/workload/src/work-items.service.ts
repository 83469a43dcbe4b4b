import { DomainError, Clock } from '@app/common';
import { AccessPolicy, Actor, jurisdictionsOf } from '@app/identity';
import { getRegion } from '@app/reference';
import { JurisdictionDirectory, ReminderPeriods, ReminderSettingsService } from '@app/reminders';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  AssociationLoadDto,
  CoordinatorLoadDto,
  WorkItemDto,
  WorkItemsDto,
  WorkItemsQuery,
  WorkKind,
} from './dto/workload.dto';
import { WorkItemType } from './entities/work-assignment.entity';
import { followUpDueAt } from './overdue';
import { Staffing, StaffedAssociation } from './staffing';
import { FOLLOWED_STAGES, OPEN_WORK_ITEMS, REVIEW_RESPONSE_TIMES } from './work-items.sql';

interface OpenItemRow {
  kind: WorkKind;
  item_type: WorkItemType;
  item_id: string;
  title: string;
  stage: string;
  region_code: string | null;
  party_name: string | null;
  since: Date;
  awaiting: string[];
  meeting_at: Date | null;
  assignee_id: string | null;
  assigned_association_id: string | null;
}

/** Coordinators' open items and load, computed from the records on every request; only assignments are stored. */
@Injectable()
export class WorkItems {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsService,
    private readonly clock: Clock,
  ) {}

  /** Everything assigned to the actor (explicitly, or as their association's default coordinator), oldest first. */
  async mine(actor: Actor, query: WorkItemsQuery): Promise<WorkItemsDto> {
    const regions = [...new Set(jurisdictionsOf(actor).flatMap((j) => JurisdictionDirectory.regionsWithin(j)))];
    const items = (await this.itemsIn(regions)).filter((i) => i.assigneeId === actor.userId);
    return this.page(items, { ...query, assigneeId: undefined });
  }

  /** The items an association's coordinators hold; `assigneeId` narrows to one of them. */
  async ofAssociation(actor: Actor, associationId: string, query: WorkItemsQuery): Promise<WorkItemsDto> {
    const association = await this.associationInCharge(actor, associationId);
    return this.page(await this.heldBy(association), query);
  }

  /** Each coordinator of the association: open items by kind, overdue ones, the oldest, and their review response time. */
  async load(actor: Actor, associationId: string): Promise<AssociationLoadDto> {
    const association = await this.associationInCharge(actor, associationId);
    const items = await this.heldBy(association);
    const coordinators = (await Staffing.load(this.db.manager)).coordinatorsOf(association.id);
    const times: { user_id: string; decisions: number; median_seconds: number | null }[] = await this.db.query(
      REVIEW_RESPONSE_TIMES,
      [coordinators.map((c) => c.userId), this.clock.now()],
    );
    const timeOf = new Map(times.map((t) => [t.user_id, t]));
    const loads = coordinators.map((c): CoordinatorLoadDto => {
      const own = items.filter((i) => i.assigneeId === c.userId);
      const count = (kind: WorkKind) => own.filter((i) => i.kind === kind).length;
      const time = timeOf.get(c.userId);
      return {
        userId: c.userId,
        displayName: c.displayName,
        review: count('review'),
        introduction: count('introduction'),
        engagement: count('engagement'),
        total: own.length,
        overdue: own.filter((i) => i.overdue).length,
        oldestSince: own[0]?.since ?? null,
        reviewDecisions90d: time?.decisions ?? 0,
        reviewMedianSeconds90d: time?.median_seconds === null || !time ? null : Math.round(time.median_seconds),
      };
    });
    return { associationId: association.id, associationName: association.name, coordinators: loads };
  }

  /** Members of the association, coordinators of an association above it, and admins. */
  async associationInCharge(actor: Actor, associationId: string): Promise<StaffedAssociation> {
    if (!isUUID(associationId)) throw DomainError.notFound('association');
    const association = (await Staffing.load(this.db.manager)).association(associationId);
    if (!association) throw DomainError.notFound('association');
    if (
      !AccessPolicy.memberOf(actor, association.id) &&
      !AccessPolicy.coordinates(actor, association.jurisdictionRegionCode)
    ) {
      throw new DomainError('OUTSIDE_JURISDICTION');
    }
    return association;
  }

  private async heldBy(association: StaffedAssociation): Promise<WorkItemDto[]> {
    const items = await this.itemsIn(JurisdictionDirectory.regionsWithin(association.jurisdictionRegionCode));
    return items.filter((i) => i.associationId === association.id);
  }

  private page(items: WorkItemDto[], query: WorkItemsQuery): WorkItemsDto {
    const chosen = items.filter(
      (i) => (!query.assigneeId || i.assigneeId === query.assigneeId) && (!query.kind || i.kind === query.kind),
    );
    return { items: chosen, total: chosen.length };
  }

  /** The open items of these regions, each with its assignee and whether its follow-up is overdue. */
  async itemsIn(regions: string[]): Promise<WorkItemDto[]> {
    if (!regions.length) return [];
    const [rows, staffing] = await Promise.all([
      this.db.query<OpenItemRow[]>(OPEN_WORK_ITEMS, [regions, FOLLOWED_STAGES]),
      Staffing.load(this.db.manager),
    ]);
    const periods = new Map<string | null, Promise<ReminderPeriods>>();
    const periodsOf = (associationId: string | null) => {
      if (!periods.has(associationId)) periods.set(associationId, this.settings.periodsFor(associationId));
      return periods.get(associationId)!;
    };
    const now = this.clock.now();
    return Promise.all(
      rows.map(async (row) => {
        const assignee = this.assigneeOf(row, staffing);
        const dueAt = followUpDueAt(
          { kind: row.kind, stage: row.stage, since: row.since, meetingAt: row.meeting_at },
          await periodsOf(assignee.associationId),
        );
        return {
          kind: row.kind,
          itemType: row.item_type,
          itemId: row.item_id,
          title: row.title,
          stage: row.stage,
          regionCode: row.region_code,
          regionName: row.region_code ? (getRegion(row.region_code)?.fullName ?? null) : null,
          partyName: row.party_name,
          since: row.since,
          waitingSeconds: Math.max(0, Math.round((now.getTime() - row.since.getTime()) / 1000)),
          awaiting: row.awaiting,
          overdue: dueAt.getTime() <= now.getTime(),
          dueAt,
          ...assignee,
        };
      }),
    );
  }

  /** The explicit assignee while they still serve the association they were assigned for; else the default coordinator. */
  private assigneeOf(
    row: OpenItemRow,
    staffing: Staffing,
  ): Pick<WorkItemDto, 'assigneeId' | 'assigneeName' | 'assignment' | 'associationId'> {
    if (
      row.assignee_id &&
      row.assigned_association_id &&
      staffing.serves(row.assigned_association_id, row.assignee_id)
    ) {
      const name = staffing
        .coordinatorsOf(row.assigned_association_id)
        .find((c) => c.userId === row.assignee_id)!.displayName;
      return {
        assigneeId: row.assignee_id,
        assigneeName: name,
        assignment: 'explicit',
        associationId: row.assigned_association_id,
      };
    }
    const association = staffing.inCharge(row.region_code);
    const first = association ? staffing.coordinatorsOf(association.id)[0] : undefined;
    if (!association || !first)
      return { assigneeId: null, assigneeName: null, assignment: 'none', associationId: association?.id ?? null };
    return {
      assigneeId: first.userId,
      assigneeName: first.displayName,
      assignment: 'default',
      associationId: association.id,
    };
  }
}
