import { Environment } from '@app/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from './access/access.guard';
import { ActorLoader } from './access/actor-loader.service';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { OrganizationsService } from './organizations/organizations.service';

@Module({
  imports: [JwtModule.registerAsync({ inject: [Environment], useFactory: (env: Environment) => ({ secret: env.JWT_SECRET }) })],
  providers: [AuthService, LoginThrottle, ActorLoader, AccessGuard, OrganizationsService],
  exports: [AuthService, ActorLoader, AccessGuard, OrganizationsService],
})
export class IdentityModule {}
