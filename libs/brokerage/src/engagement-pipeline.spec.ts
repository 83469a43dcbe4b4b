import { DomainError } from '@app/common';
import { allowedManualTransitions, assertTransition, ENGAGEMENT_STATUSES, TRANSITIONS } from './engagement-pipeline';

describe('the engagement pipeline', () => {
  it('walks introduced → accepted → meeting → negotiating → agreement → completed', () => {
    const path = [
      'introduced',
      'accepted',
      'meeting_scheduled',
      'negotiating',
      'agreement_signed',
      'completed',
    ] as const;
    for (let i = 1; i < path.length; i++) expect(() => assertTransition(path[i - 1], path[i])).not.toThrow();
  });

  it('closes from every open stage and from nowhere else', () => {
    for (const status of ENGAGEMENT_STATUSES) {
      const open = status !== 'completed' && status !== 'closed';
      expect(TRANSITIONS[status].includes('closed')).toBe(open);
    }
  });

  it('answers a skipped stage with INVALID_TRANSITION naming the allowed moves', () => {
    try {
      assertTransition('accepted', 'agreement_signed');
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('INVALID_TRANSITION');
      expect((err as DomainError).details).toEqual({
        from: 'accepted',
        to: 'agreement_signed',
        allowed: ['meeting_scheduled', 'closed'],
      });
    }
  });

  it('leaves acceptance to the parties: the transitions endpoint cannot accept or introduce', () => {
    expect(allowedManualTransitions('introduced')).toEqual(['closed']);
    expect(allowedManualTransitions('requested')).toEqual(['closed']);
    expect(allowedManualTransitions('meeting_scheduled')).toEqual(['meeting_scheduled', 'negotiating', 'closed']);
    expect(allowedManualTransitions('completed')).toEqual([]);
  });
});
