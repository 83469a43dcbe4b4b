import type { SearchHit } from '@web/api/types';
import { InterestButton, RequestIntroductionButton } from '@web/components/BrokerageButtons';
import { areaOf, useSession } from '@web/session/session';
import type { SearchKind } from './SearchPage';

/** Signed-in users act on a hit: an enterprise asks for an introduction to a provider; an expert offers help with a need. */
export function HitActions({ kind, hit }: { kind: SearchKind; hit: SearchHit }) {
  const { me, current } = useSession();
  if (!me) return null;
  const enterprise = current?.organizationType === 'enterprise';
  if (enterprise && kind === 'providers')
    return <RequestIntroductionButton providerId={hit.id} providerName={hit.title} />;
  if (enterprise && kind === 'capabilities' && typeof hit.providerId === 'string')
    return (
      <RequestIntroductionButton providerId={hit.providerId} providerName={String(hit.providerName ?? hit.title)} />
    );
  const expert = !current || areaOf(current) === 'expert';
  if (expert && kind === 'needs' && hit.status === 'published')
    return <InterestButton needId={hit.id} needTitle={hit.title} />;
  return null;
}
