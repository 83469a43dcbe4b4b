import { AuditEntry } from '@app/audit/audit-entry.entity';
import { Membership } from '@app/identity/entities/membership.entity';
import { Organization } from '@app/identity/entities/organization.entity';
import { RefreshToken } from '@app/identity/entities/refresh-token.entity';
import { User } from '@app/identity/entities/user.entity';
import { Capability } from '@app/listings/entities/capability.entity';
import { Need } from '@app/listings/entities/need.entity';
import { Provider } from '@app/listings/entities/provider.entity';
import { Publication } from '@app/listings/entities/publication.entity';
import { MatchOverride } from '@app/matching/entities/match-override.entity';
import { MatchRun } from '@app/matching/entities/match-run.entity';
import { Match } from '@app/matching/entities/match.entity';
import { OutboxEvent } from '@app/search/entities/outbox-event.entity';

/** Every table TypeORM maps; each domain module owns its own entities. */
export const ALL_ENTITIES = [
  User, Organization, Membership, RefreshToken, AuditEntry,
  Provider, Publication, Capability, Need,
  Match, MatchRun, MatchOverride,
  OutboxEvent,
];
