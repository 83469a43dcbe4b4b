import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The boundary rule as `npx eslint -c tools/lint/boundaries.eslint.config.mjs` runs it (an ES module config, which
// Jest's CommonJS runtime cannot load in-process), on fixture files laid out like the repository.
const REPO = path.resolve(__dirname, '../..');
const ESLINT = path.join(REPO, 'node_modules/eslint/bin/eslint.js');
const CONFIG = path.join(REPO, 'tools/lint/boundaries.eslint.config.mjs');

interface Problem {
  file: string;
  messageId: string;
  message: string;
}

function eslint(cwd: string, targets: string[]): Problem[] {
  const run = spawnSync(process.execPath, [ESLINT, '-c', CONFIG, '--format', 'json', ...targets], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint exited ${run.status}: ${run.stderr}`);
  const results: { filePath: string; messages: { ruleId: string | null; messageId?: string; message: string }[] }[] =
    JSON.parse(run.stdout);
  return results.flatMap((r) =>
    r.messages.map((m) => ({
      file: path.relative(cwd, r.filePath),
      messageId: m.ruleId === 'boundaries/module-layers' ? (m.messageId ?? '') : `${m.ruleId}`,
      message: m.message,
    })),
  );
}

function lintFixtures(files: Record<string, string>): Problem[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
  try {
    for (const [name, code] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), code);
    }
    return eslint(dir, Object.keys(files));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kinds = (problems: Problem[], file: string) =>
  problems
    .filter((p) => p.file === file)
    .map((p) => p.messageId)
    .sort();

describe('module boundary rule', () => {
  let problems: Problem[];

  beforeAll(() => {
    problems = lintFixtures({
      // the cycles this repository had, reintroduced
      'libs/listings/src/needs/need-kind.ts':
        "import { requestMatching } from '@app/matching';\nimport { recordIndexChanges } from '@app/search';\n",
      'libs/matching/src/track-record/track-records.ts': "import { OPEN_STAGES } from '@app/brokerage';\n",
      'libs/identity/src/experts/expert-profile.service.ts': "import { Provider } from '@app/listings';\n",
      'libs/database/src/entity-registry.ts': "import { Need } from '@app/listings';\n",
      // deep imports: by alias and by a relative path out of the module folder
      'libs/brokerage/src/deep.ts': "import { Provider } from '@app/listings/entities/provider.entity';\n",
      'libs/brokerage/src/relative.ts': "import { Need } from '../../listings/src/entities/need.entity';\n",
      // sideways: one feature importing another; re-exports and dynamic imports count too
      'libs/challenges/src/sideways.ts': "export { EventsService } from '@app/events';\n",
      'libs/search/src/lazy.ts': "export const load = () => import('@app/matching');\n",
      // allowed: lower layers through their index, the module's own files, packages
      'libs/brokerage/src/allowed.ts': [
        "import { MatchingModule } from '@app/matching';",
        "import { Provider } from '@app/listings';",
        "import { Clock } from '@app/common';",
        "import { ReminderScheduler } from '@app/reminders';",
        "import { Engagement } from './entities/engagement.entity';",
        "import { Injectable } from '@nestjs/common';",
        'export { MatchingModule, Provider, Clock, ReminderScheduler, Engagement, Injectable };',
      ].join('\n'),
      'libs/reference/src/own-alias.ts':
        "import { findRegion } from '@app/reference/regions';\nexport { findRegion };\n",
      'apps/api/src/app.module.ts':
        "import { BrokerageModule } from '@app/brokerage';\nimport { PlatformDatabaseModule } from '@app/platform';\nexport { BrokerageModule, PlatformDatabaseModule };\n",
      // a module the layer table does not know
      'libs/newcomer/src/index.ts': 'export const x = 1;\n',
    });
  });

  it('fails on an import that points up the layers (the cycles listings → matching/search, matching → brokerage, identity → listings)', () => {
    expect(kinds(problems, 'libs/listings/src/needs/need-kind.ts')).toEqual(['upward', 'upward']);
    expect(kinds(problems, 'libs/matching/src/track-record/track-records.ts')).toEqual(['upward']);
    expect(kinds(problems, 'libs/identity/src/experts/expert-profile.service.ts')).toEqual(['upward']);
    expect(kinds(problems, 'libs/database/src/entity-registry.ts')).toEqual(['upward']);
    expect(problems.find((p) => p.file === 'libs/matching/src/track-record/track-records.ts')!.message).toContain(
      'matching (layer 10, matching) must not import brokerage (layer 11, brokerage)',
    );
  });

  it("fails on an import of another module's internals, by alias or by a relative path", () => {
    expect(kinds(problems, 'libs/brokerage/src/deep.ts')).toEqual(['internals']);
    expect(kinds(problems, 'libs/brokerage/src/relative.ts')).toEqual(['relativeEscape']);
  });

  it('fails on a feature module importing another feature, in re-exports and dynamic imports too', () => {
    expect(kinds(problems, 'libs/challenges/src/sideways.ts')).toEqual(['upward']);
    expect(kinds(problems, 'libs/search/src/lazy.ts')).toEqual(['upward']);
  });

  it('passes lower layers through their index, own files and packages; composition roots import anything below', () => {
    expect(kinds(problems, 'libs/brokerage/src/allowed.ts')).toEqual([]);
    expect(kinds(problems, 'libs/reference/src/own-alias.ts')).toEqual([]);
    expect(kinds(problems, 'apps/api/src/app.module.ts')).toEqual([]);
  });

  it('asks for a layer for a module the table does not list', () => {
    expect(kinds(problems, 'libs/newcomer/src/index.ts')).toEqual(['unknownModule']);
  });

  it('finds no violation in the libraries and the API of this repository', () => {
    expect(eslint(REPO, ['libs', 'apps/api/src']).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });
});
