import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  requestId?: string | null;
}

export interface AuditFilter {
  action?: string;
  targetId?: string;
  targetType?: string;
  actorId?: string;
  page: number;
  limit: number;
}

/** Who did what to which record, with the state before and after. Pass the transaction's manager to log atomically. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.insert(AuditEntry, {
      ...entry,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: entry.requestId ?? null,
    } as never);
  }

  /**
   * Newest first. `action` matches exactly, or by prefix when it ends with `*` (`membership.*`).
   */
  async list(filter: AuditFilter): Promise<{ items: AuditEntry[]; total: number; page: number; limit: number }> {
    const qb = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    if (filter.action?.endsWith('*'))
      qb.andWhere(`a.action like :prefix escape '\\'`, {
        prefix: `${filter.action.slice(0, -1).replace(/[\\%_]/g, '\\$&')}%`,
      });
    else if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.targetId) qb.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    if (filter.targetType) qb.andWhere('a.target_type = :targetType', { targetType: filter.targetType });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    const [items, total] = await qb
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total, page: filter.page, limit: filter.limit };
  }
}
