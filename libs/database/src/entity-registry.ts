import { AuditEntry } from '@app/audit/audit-entry.entity';
import { Membership } from '@app/identity/entities/membership.entity';
import { Organization } from '@app/identity/entities/organization.entity';
import { RefreshToken } from '@app/identity/entities/refresh-token.entity';
import { User } from '@app/identity/entities/user.entity';
import { Invitation } from '@app/identity/entities/invitation.entity';
import { WorkstationExpert } from '@app/listings/entities/workstation-expert.entity';
import { ContactConfirmation } from '@app/identity/entities/contact-confirmation.entity';
import { Capability } from '@app/listings/entities/capability.entity';
import { ListingRevision } from '@app/listings/lifecycle/listing-revision.entity';
import { Need } from '@app/listings/entities/need.entity';
import { Provider } from '@app/listings/entities/provider.entity';
import { Publication } from '@app/listings/entities/publication.entity';
import { MatchOverride } from '@app/matching/entities/match-override.entity';
import { MatchRun } from '@app/matching/entities/match-run.entity';
import { Match } from '@app/matching/entities/match.entity';
import { MatchListTail } from '@app/matching/entities/match-list-tail.entity';
import { OutboxEvent } from '@app/search/entities/outbox-event.entity';
import { EngagementEvent } from '@app/brokerage/entities/engagement-event.entity';
import { Engagement } from '@app/brokerage/entities/engagement.entity';
import { MatchLabel } from '@app/brokerage/entities/match-label.entity';
import { EmailMessage } from '@app/notifications/entities/email-message.entity';
import { NotificationPreference } from '@app/notifications/entities/notification-preference.entity';
import { Notification } from '@app/notifications/entities/notification.entity';
import { ReminderSettings } from '@app/reminders/entities/reminder-settings.entity';
import { Reminder } from '@app/reminders/entities/reminder.entity';
import { WorkAssignment } from '@app/workload/entities/work-assignment.entity';
import { ConflictDeclaration } from '@app/conflicts/entities/conflict-declaration.entity';
import { ConflictOverride } from '@app/conflicts/entities/conflict-override.entity';
import { MatchmakingEvent } from '@app/events/entities/matchmaking-event.entity';
import { EventParticipant } from '@app/events/entities/event-participant.entity';
import { EventMeeting } from '@app/events/entities/event-meeting.entity';
import { SavedSearch } from '@app/alerts/entities/saved-search.entity';
import { SavedSearchHit } from '@app/alerts/entities/saved-search-hit.entity';
import { AlertScanCursor } from '@app/alerts/entities/alert-scan-cursor.entity';
import { Challenge } from '@app/challenges/entities/challenge.entity';
import { ChallengeApplication } from '@app/challenges/entities/challenge-application.entity';
import { ChallengeInvitation } from '@app/challenges/entities/challenge-invitation.entity';
import { ChallengeMilestone } from '@app/challenges/entities/challenge-milestone.entity';
import { ChallengeReviewer } from '@app/challenges/entities/challenge-reviewer.entity';
import { ChallengeScore } from '@app/challenges/entities/challenge-score.entity';

/** Every table TypeORM maps; each domain module owns its own entities. */
export const ALL_ENTITIES = [
  User, Organization, Membership, RefreshToken, AuditEntry,
  Provider, Publication, Capability, Need, ListingRevision,
  Match, MatchListTail, MatchRun, MatchOverride,
  OutboxEvent,
  Invitation, WorkstationExpert,
  Engagement, EngagementEvent, MatchLabel, Reminder, ReminderSettings, Notification, EmailMessage, NotificationPreference,
  WorkAssignment, ConflictDeclaration, ConflictOverride,
  MatchmakingEvent, EventParticipant, EventMeeting,
  ContactConfirmation,
  SavedSearch, SavedSearchHit, AlertScanCursor,
  Challenge, ChallengeMilestone, ChallengeApplication, ChallengeInvitation, ChallengeReviewer, ChallengeScore,
];
