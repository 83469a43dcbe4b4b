import { DomainError } from '@app/common';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { capabilityKind } from '../capabilities/capability-kind';
import { Need } from '../entities/need.entity';
import { needKind } from '../needs/need-kind';
import { todayInChina } from './listing-input';
import { ListingLifecycle } from './listing-lifecycle.service';
import { LIFECYCLE, LifecycleState, ListingType, statusOf } from './transitions';

const BATCH = 200;
const tableOf = (type: ListingType) => (type === 'need' ? 'needs' : 'capabilities');
/** The stored statuses from which the table lets a listing expire. */
const EXPIRING = [
  ...new Set((Object.keys(LIFECYCLE) as LifecycleState[]).filter((s) => LIFECYCLE[s].expire).map(statusOf)),
];

/** Needs past their deadline (a calendar day in China) become `expired`, which takes them out of search and matching. */
@Injectable()
export class ListingExpiry {
  private readonly logger = new Logger(ListingExpiry.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: ListingLifecycle,
  ) {}

  async expireDue(): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.db.getRepository(Need).find({
        where: { status: In(EXPIRING), deadline: LessThan(todayInChina()) },
        select: { id: true },
        order: { deadline: 'ASC', id: 'ASC' },
        take: BATCH,
      });
      for (const { id } of due) {
        try {
          await this.lifecycle.act(needKind, id, 'expire', null);
          expired++;
        } catch (err) {
          if (!(err instanceof DomainError && err.code === 'INVALID_TRANSITION')) throw err; // changed meanwhile: nothing to do
        }
      }
      if (due.length < BATCH) break;
    }
    if (expired) this.logger.log({ expired }, 'needs past their deadline expired');
    return expired;
  }

  /** Locks a listing's row for the caller's transaction; false when there is no such listing. */
  async lock(type: ListingType, id: string, manager: EntityManager): Promise<boolean> {
    const [locked] = await manager.query<{ id: string }[]>(`select id from ${tableOf(type)} where id = $1 for update`, [
      id,
    ]);
    return Boolean(locked);
  }

  /** "Still current": the owner re-confirmed the listing at this time, which restarts its re-confirmation period. */
  async markReconfirmed(type: ListingType, id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`update ${tableOf(type)} set updated_at = $2 where id = $1`, [id, at]);
  }

  /**
   * Expires a published listing its owner did not re-confirm, in the caller's transaction (the re-confirmation
   * reminder's); the lifecycle's transitions table decides whether it may expire now (INVALID_TRANSITION if not).
   */
  async expireUnconfirmed(type: ListingType, id: string, manager: EntityManager): Promise<void> {
    if (type === 'need') await this.lifecycle.act(needKind, id, 'expire', null, undefined, manager);
    else await this.lifecycle.act(capabilityKind, id, 'expire', null, undefined, manager);
  }
}
