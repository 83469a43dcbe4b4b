import { EntityManager } from 'typeorm';
import { IndexedType, OutboxEvent } from './entities/outbox-event.entity';

/** Records, inside the caller's transaction, that these records must be (re)indexed. */
export async function recordIndexChanges(manager: EntityManager, type: IndexedType, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxEvent)
    .values(ids.map((aggregateId) => ({ aggregateType: type, aggregateId })))
    .execute();
}
