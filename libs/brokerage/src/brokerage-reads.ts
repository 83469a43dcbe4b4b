import { EntityManager, Not } from 'typeorm';
import { Engagement } from './entities/engagement.entity';

// Brokerage's read model for other modules: engagements by id or pair, in the caller's EntityManager. Only
// brokerage loads its entities (tools/lint/table-ownership.spec.ts keeps it so).
export const BrokerageReads = {
  /** The engagement; throws TypeORM's EntityNotFoundError when there is none (for ids a foreign key vouches for). */
  engagementOrFail(m: EntityManager, id: string): Promise<Engagement> {
    return m.findOneByOrFail(Engagement, { id });
  },

  /** The pair's engagement that is not closed; throws TypeORM's EntityNotFoundError when there is none. */
  openEngagementOrFail(m: EntityManager, needId: string, providerId: string): Promise<Engagement> {
    return m.findOneByOrFail(Engagement, { needId, providerId, status: Not('closed') });
  },
};
