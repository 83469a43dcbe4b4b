// Two projects: unit tests sit beside the code (libs/**, apps/**), end-to-end tests in test/ run against real servers.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
};

module.exports = {
  // A guard against a test that hangs, not a budget: tests wait for the state they assert, and on a loaded machine the
  // access matrix's setup alone took over 90 s (2026-12-05, load average 12 on 2 cores).
  testTimeout: 600000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/api/**/*.spec.ts',
        '<rootDir>/apps/worker/**/*.spec.ts',
        '<rootDir>/tools/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'e2e',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // Match quality on samples of the external development sets, through the API, in a database of its own: run after
    // the others, so its thousand imported providers and their queued runs never weigh on another test.
    {
      ...shared,
      displayName: 'quality',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/quality/**/*.quality-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // Smoke tests of the whole platform on a three-master Redis Cluster that the setup starts on free ports (issue 20).
    {
      ...shared,
      displayName: 'cluster',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
      globalSetup: '<rootDir>/test/cluster/global-setup.ts',
      globalTeardown: '<rootDir>/test/cluster/global-teardown.ts',
    },
    // The web console in Debian's Chromium against the real API and worker; the setup also builds apps/web when stale.
    {
      ...shared,
      displayName: 'browser',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
