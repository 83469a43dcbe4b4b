import { ActorLoader, AuthService, Organization, OrganizationsService, User } from '@app/identity';
import { INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/api/src/create-app';
import { createWorker } from '../../apps/worker/src/main';
import { JobDispatcher } from '@app/queue';
import { ResponseCheck } from './response-check';
import { DueWork, settle } from './settle';

export const PASSWORD = 'Test@2026pass';

/** The real API and worker, in this process, against the run's own database, Redis prefix and indexes. */
export class TestStack {
  private constructor(
    readonly api: NestExpressApplication,
    readonly worker: INestApplicationContext | null,
    private readonly responses: ResponseCheck | null,
  ) {}

  static async start(options: { worker?: boolean } = {}): Promise<TestStack> {
    const api = await createApp();
    const responses = process.env.OPENAPI_RESPONSE_CHECK === '1' ? new ResponseCheck(api) : null;
    responses?.install();
    await api.init();
    const worker = options.worker === false ? null : await createWorker();
    return new TestStack(api, worker, responses);
  }

  /** Listens on a free port of 127.0.0.1 (for browser tests) and returns the base URL. */
  async listen(): Promise<string> {
    await this.api.listen(0, '127.0.0.1');
    const { port } = this.api.getHttpServer().address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  get http() {
    return request(this.api.getHttpServer());
  }

  get db(): DataSource {
    return this.api.get<DataSource>(getDataSourceToken());
  }

  /** Returns once the workers have done every piece of work that is due (see settle.ts); no time limit of its own. */
  settle(): Promise<DueWork> {
    return settle({ db: this.db, jobs: this.api.get(JobDispatcher) });
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    if (this.responses?.failures.size)
      throw new Error(`Answers that do not match the OpenAPI document:\n${[...this.responses.failures].join('\n')}`);
  }

  /**
   * A user, optionally a member of an organisation; returns an access token. A new user's e-mail address counts as
   * confirmed (as if they had typed the code) unless `confirmed: false`.
   */
  async user(
    email: string,
    options: {
      admin?: boolean;
      organization?: Partial<Organization>;
      role?: 'member' | 'admin';
      confirmed?: boolean;
    } = {},
  ) {
    const auth = this.api.get(AuthService);
    let user = await this.db.getRepository(User).findOneBy({ email });
    if (!user) {
      user = await auth.register({ email, password: PASSWORD, displayName: email.split('@')[0] });
      if (options.confirmed !== false)
        await this.db.getRepository(User).update({ id: user.id }, { emailConfirmedAt: new Date() });
    }
    if (options.admin) await this.db.getRepository(User).update({ id: user.id }, { isPlatformAdmin: true });
    let organization: Organization | null = null;
    if (options.organization) {
      const repo = this.db.getRepository(Organization);
      organization =
        (await repo.findOneBy({ name: options.organization.name })) ??
        (await repo.save(repo.create(options.organization)));
      await this.api.get(OrganizationsService).addMember(organization.id, user.id, options.role ?? 'admin', null);
    }
    const { accessToken } = await auth.login(email, PASSWORD);
    return { user, organization, token: accessToken, actor: (await this.api.get(ActorLoader).load(user.id))! };
  }

  /** Approves an expert's own profile as a platform admin: a profile an expert writes is public only once reviewed. */
  async approveExpertProfile(providerId: string): Promise<void> {
    const admin = await this.user('profile-reviewer@stack.test', { admin: true });
    const res = await this.http
      .post(`/api/v1/review/expert-profiles/${providerId}/approve`)
      .auth(admin.token, { type: 'bearer' });
    if (res.status !== 200) throw new Error(`approve profile: ${res.status} ${JSON.stringify(res.body)}`);
  }

  coordinator(email: string, name: string, regionCode: string) {
    return this.user(email, {
      organization: { type: 'association', name, regionCode, jurisdictionRegionCode: regionCode },
    });
  }
}

/** Jest stops a test after 10 minutes; a wait that never ends stops a little earlier, with the probe's last error. */
const HANG_GUARD_MS = 8 * 60_000;

/**
 * Polls until the probe holds: a wait on the state the test asserts, with no time budget of its own, so a busy
 * machine makes it slower but never makes it fail. Only a condition that never holds ends it (HANG_GUARD_MS).
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false>,
  options: { every?: number } = {},
): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < HANG_GUARD_MS) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, options.every ?? 200));
  }
  throw new Error(`condition never met${last ? `: ${String(last)}` : ''}`);
}
