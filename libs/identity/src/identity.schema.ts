import type { EntityClass, MigrationClass } from '@app/database';
import { ContactConfirmation } from './entities/contact-confirmation.entity';
import { Invitation } from './entities/invitation.entity';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { RefreshTokenFamilies1795501710000 } from './migrations/1795501710000-RefreshTokenFamilies';
import { AccountConfirmationAndTokenVersions1795502400000 } from './migrations/1795502400000-AccountConfirmationAndTokenVersions';
import { OrganizationCreditCode1795502750000 } from './migrations/1795502750000-OrganizationCreditCode';

/** The tables identity owns: only this module writes them (libs/platform composes every module's list for TypeORM). */
export const identityEntities: EntityClass[] = [
  ContactConfirmation,
  Invitation,
  Membership,
  Organization,
  RefreshToken,
  User,
];

/** The migrations that shaped these tables, in libs/identity/src/migrations (those spanning modules are libs/database's baseline). */
export const identityMigrations: MigrationClass[] = [
  RefreshTokenFamilies1795501710000,
  AccountConfirmationAndTokenVersions1795502400000,
  OrganizationCreditCode1795502750000,
];
