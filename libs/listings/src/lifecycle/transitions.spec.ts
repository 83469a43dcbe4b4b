import { DomainError } from '@app/common';
import { allowedActions, LIFECYCLE, LifecycleState, lifecycleState, nextState, statusOf } from './transitions';

describe('the listing lifecycle table', () => {
  it('walks a need from draft through review to publication, and a returned draft back again', () => {
    expect(nextState('need', 'draft', 'submit')).toBe('submitted');
    expect(nextState('need', 'submitted', 'return')).toBe('draft');
    expect(nextState('need', 'submitted', 'approve')).toBe('published');
    expect(nextState('need', 'published', 'resolve')).toBe('resolved');
  });

  it('sends an edit of a published listing to review without unpublishing it', () => {
    const pending = nextState('need', 'published', 'update');
    expect(pending).toBe('revision_submitted');
    expect(statusOf(pending)).toBe('published');
    expect(nextState('need', pending, 'return')).toBe('revision_returned');
    expect(nextState('need', 'revision_returned', 'submit')).toBe('revision_submitted');
    expect(nextState('need', 'revision_submitted', 'approve')).toBe('published');
    expect(lifecycleState('published', 'returned')).toBe('revision_returned');
    expect(lifecycleState('closed', null)).toBe('closed');
  });

  it('refuses an invalid step with 409 INVALID_TRANSITION naming the allowed actions', () => {
    let error: DomainError | undefined;
    try {
      nextState('need', 'draft', 'approve');
    } catch (err) {
      error = err as DomainError;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error!.code).toBe('INVALID_TRANSITION');
    expect(error!.details).toEqual({ from: 'draft', action: 'approve', allowed: ['update', 'submit', 'close'] });
  });

  it('gives capabilities no resolve and no expiry', () => {
    expect(() => nextState('capability', 'published', 'resolve')).toThrow(DomainError);
    expect(() => nextState('capability', 'published', 'expire')).toThrow(DomainError);
    expect(allowedActions('capability', 'published')).toEqual(['update', 'close']);
    expect(allowedActions('need', 'published')).toEqual(['update', 'close', 'resolve']);
  });

  it('ends in closed, expired and resolved: nothing leaves them', () => {
    for (const end of ['closed', 'expired', 'resolved'] as LifecycleState[]) expect(LIFECYCLE[end]).toEqual({});
  });

  it('only ever leads to states it defines', () => {
    const states = Object.keys(LIFECYCLE);
    for (const moves of Object.values(LIFECYCLE))
      for (const next of Object.values(moves)) expect(states).toContain(next);
  });
});
