import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { AccessPolicy, Actor, IdentityReads } from '@app/identity';
import { Notifier } from '@app/notifications';
import { JobDispatcher } from '@app/queue';
import { regionAncestorCodes } from '@app/reference';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AssignBody } from './dto/workload.dto';
import { WorkAssignment } from './entities/work-assignment.entity';
import { Staffing, StaffedAssociation } from './staffing';
import { ITEM_FACTS } from './work-items.sql';

export interface AssignmentView {
  itemType: string;
  itemId: string;
  assigneeId: string;
  associationId: string;
  previousAssigneeId: string | null;
}

interface ItemFacts {
  id: string;
  title: string;
  region_code: string | null;
}

/** Assigning an item to a coordinator in charge of it: recorded, audited and notified in one transaction. */
@Injectable()
export class WorkAssignments {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
    private readonly jobs: JobDispatcher,
  ) {}

  async assign(actor: Actor, body: AssignBody): Promise<AssignmentView> {
    const { view, emailIds } = await this.db.transaction(async (m) => {
      const item = await this.item(m, body);
      if (!AccessPolicy.coordinates(actor, item.region_code)) throw new DomainError('OUTSIDE_JURISDICTION');
      const association = this.associationFor(actor, await Staffing.load(m), item.region_code!, body.assigneeId);
      const fields = {
        assigneeId: body.assigneeId,
        associationId: association.id,
        assignedBy: actor.userId,
        note: body.note ?? null,
      };
      const previous = await this.replace(m, body, fields);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'workload.assigned',
          targetType: body.itemType,
          targetId: body.itemId,
          before: previous ? { assigneeId: previous.assigneeId, associationId: previous.associationId } : null,
          after: { assigneeId: body.assigneeId, associationId: association.id, note: body.note ?? null },
        },
        m,
      );
      const emailIds = body.assigneeId === actor.userId ? [] : await this.notifyAssignee(m, actor, item, body);
      return {
        view: {
          itemType: body.itemType,
          itemId: body.itemId,
          assigneeId: body.assigneeId,
          associationId: association.id,
          previousAssigneeId: previous?.assigneeId ?? null,
        },
        emailIds,
      };
    });
    if (emailIds.length) await this.jobs.tryEnqueue('notifications.send', { emailIds });
    return view;
  }

  /**
   * Stores the assignment and returns the one it replaced. Two assignments of one item at once: the second waits for
   * the first's row (insert … on conflict), then locks and replaces it.
   */
  private async replace(
    m: EntityManager,
    body: AssignBody,
    fields: Pick<WorkAssignment, 'assigneeId' | 'associationId' | 'assignedBy' | 'note'>,
  ): Promise<WorkAssignment | null> {
    const inserted: { id: string }[] = await m.query(
      `insert into work_assignments (item_type, item_id, assignee_id, association_id, assigned_by, note) values ($1, $2, $3, $4, $5, $6)
       on conflict (item_type, item_id) do nothing returning id`,
      [body.itemType, body.itemId, fields.assigneeId, fields.associationId, fields.assignedBy, fields.note],
    );
    if (inserted.length) return null;
    const previous = await m.findOneOrFail(WorkAssignment, {
      where: { itemType: body.itemType, itemId: body.itemId },
      lock: { mode: 'pessimistic_write' },
    });
    await m.update(WorkAssignment, { id: previous.id }, fields);
    return previous;
  }

  private async item(m: EntityManager, body: AssignBody): Promise<ItemFacts> {
    const [item]: ItemFacts[] = await m.query(ITEM_FACTS[body.itemType], [body.itemId]);
    if (!item) throw DomainError.notFound(body.itemType);
    return item;
  }

  /**
   * The most local association that contains the item's region, that the assignee serves and that the actor acts for
   * (a member, or a coordinator above it); 400 naming assigneeId when there is none.
   */
  private associationFor(actor: Actor, staffing: Staffing, regionCode: string, assigneeId: string): StaffedAssociation {
    for (const code of regionAncestorCodes(regionCode)) {
      const candidates = staffing
        .allOn(code)
        .filter(
          (a) =>
            staffing.serves(a.id, assigneeId) &&
            (AccessPolicy.memberOf(actor, a.id) || AccessPolicy.coordinates(actor, a.jurisdictionRegionCode)),
        );
      if (candidates.length) return candidates[0];
    }
    throw DomainError.validation([{ field: 'assigneeId', constraint: 'notACoordinatorInCharge' }]);
  }

  private async notifyAssignee(m: EntityManager, actor: Actor, item: ItemFacts, body: AssignBody): Promise<string[]> {
    const assignerName = await IdentityReads.displayName(m, actor.userId);
    const link = body.itemType === 'engagement' ? `/engagements/${item.id}` : `/${body.itemType}s/${item.id}`;
    return this.notifier.notify(m, {
      kind: 'workload.assigned',
      recipients: [body.assigneeId],
      dedupeKey: `workload.assigned:${body.itemType}:${item.id}:${randomUUID()}`,
      params: { itemTitle: item.title, assignerName: assignerName ?? '', note: body.note ?? null },
      subject: { type: body.itemType, id: item.id },
      link,
    });
  }
}
