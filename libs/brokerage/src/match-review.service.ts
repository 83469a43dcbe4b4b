import { AuditService } from '@app/audit';
import { ConflictScreen } from '@app/conflicts';
import { DomainError } from '@app/common';
import { Actor } from '@app/identity';
import { ListingsReads } from '@app/listings';
import { findListedPair, MatchOverride, MatchQueriesService, requestMatching, setMatchOverride } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { ReasonBody, RejectMatchBody } from './dto/brokerage.dto';
import { Engagement } from './entities/engagement.entity';
import { MatchLabel } from './entities/match-label.entity';
import { needInCharge } from './engagement-context';
import { AfterCommit, AfterCommitRunner, recordLabel } from './engagement-records';

const WHOLE_LIST = 200;

/**
 * A coordinator's review of a need's suggested matches: reject a suggestion (a label for the matching engine), pin or
 * exclude a candidate (an override the engine honours on the next run, which this asks for), and fetch the next-best
 * candidates not yet introduced, excluded or rejected.
 */
@Injectable()
export class MatchReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchQueriesService,
    private readonly effects: AfterCommitRunner,
    private readonly audit: AuditService,
    private readonly conflicts: ConflictScreen,
  ) {}

  async reject(needId: string, providerId: string, actor: Actor, body: RejectMatchBody) {
    return this.db.transaction(async (m) => {
      await needInCharge(m, needId, actor);
      const match = isUUID(providerId) ? await findListedPair(m, needId, providerId) : null;
      if (!match) throw DomainError.notFound('match');
      await recordLabel(m, {
        needId,
        providerId,
        label: 'rejected',
        reasonCode: body.reasonCode ?? null,
        reason: body.reason,
        score: match.score,
        algorithmVersion: match.algorithmVersion,
        createdBy: actor.userId,
      });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'match.rejected',
          targetType: 'need',
          targetId: needId,
          after: { providerId, reasonCode: body.reasonCode ?? null, reason: body.reason },
        },
        m,
      );
      return {
        needId,
        providerId,
        label: 'rejected' as const,
        reasonCode: body.reasonCode ?? null,
        reason: body.reason,
      };
    });
  }

  /** Pin (always listed, on top) or exclude (never listed again); the need is re-matched to apply it. */
  async override(needId: string, providerId: string, actor: Actor, action: 'pin' | 'exclude', body: ReasonBody) {
    const after = new AfterCommit();
    const result = await this.db.transaction(async (m) => {
      const need = await needInCharge(m, needId, actor);
      const provider = isUUID(providerId) ? await ListingsReads.provider(m, providerId) : null;
      if (!provider) throw DomainError.notFound('provider');
      const before = await setMatchOverride(m, {
        needId,
        providerId,
        action,
        reason: body.reason,
        createdBy: actor.userId,
      });
      await requestMatching(m, 'need', [{ id: need.id, revision: need.revision }]);
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `match.${action === 'pin' ? 'pinned' : 'excluded'}`,
          targetType: 'need',
          targetId: needId,
          before: before ? { action: before.action, reason: before.reason } : null,
          after: { providerId, action, reason: body.reason },
        },
        m,
      );
      return { needId, providerId, action, reason: body.reason, matchStatus: 'pending' as const };
    });
    after.needsToMatch.push(needId);
    await this.effects.run(after);
    return result;
  }

  /** The best current matches that have not been introduced, excluded or rejected for this need: one call after a decline. */
  async nextCandidates(needId: string, actor: Actor, limit: number) {
    await needInCharge(this.db.manager, needId, actor);
    const list = await this.matches.forNeed(needId, WHOLE_LIST, actor);
    const providerIds = list.items.map((i) => i.providerId);
    if (!providerIds.length) return { status: list.status, items: [] };
    const [engaged, excluded, rejected] = await Promise.all([
      this.db
        .getRepository(Engagement)
        .find({ where: { needId, providerId: In(providerIds) }, select: { providerId: true } }),
      this.db
        .getRepository(MatchOverride)
        .find({ where: { needId, providerId: In(providerIds), action: 'exclude' }, select: { providerId: true } }),
      this.db
        .getRepository(MatchLabel)
        .find({ where: { needId, providerId: In(providerIds), label: 'rejected' }, select: { providerId: true } }),
    ]);
    const skip = new Set([...engaged, ...excluded, ...rejected].map((r) => r.providerId));
    // The caller is in charge of the need (needInCharge above), so conflicted candidates carry their reasons.
    return this.conflicts.flagMatches(actor, needId, {
      status: list.status,
      items: list.items.filter((i) => !skip.has(i.providerId)).slice(0, limit),
    });
  }
}
