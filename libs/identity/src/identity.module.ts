import { createSecretKey } from 'node:crypto';
import { Environment } from '@app/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from './access/access.guard';
import { ActorLoader } from './access/actor-loader.service';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { ConciergeService } from './concierge/concierge.service';
import { ConfirmationSender, MailOrLogConfirmationSender } from './confirmation/confirmation-sender';
import { ContactConfirmationService } from './confirmation/contact-confirmation.service';
import { DirectoryService } from './directory/directory.service';
import { InvitationsService } from './invitations/invitations.service';
import { MembershipsService } from './organizations/memberships.service';
import { OrganizationsService } from './organizations/organizations.service';

const SERVICES = [
  AuthService,
  ActorLoader,
  AccessGuard,
  OrganizationsService,
  MembershipsService,
  InvitationsService,
  ConciergeService,
  ContactConfirmationService,
  DirectoryService,
];

@Module({
  // A KeyObject, not the string: given a string, jsonwebtoken tries (and fails) to parse it as a public key on every call.
  imports: [
    JwtModule.registerAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        secret: createSecretKey(Buffer.from(env.JWT_SECRET)),
        // One algorithm, pinned both ways: a token signed any other way (HS512, none, RS256 with the secret as a public key) is refused.
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [...SERVICES, LoginThrottle, { provide: ConfirmationSender, useClass: MailOrLogConfirmationSender }],
  exports: [...SERVICES, ConfirmationSender],
})
export class IdentityModule {}
