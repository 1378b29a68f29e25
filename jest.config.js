/** Two projects: fast unit tests beside the code, and system tests in test/ against real services. */
const transform = { '^.+\\.ts$': 'ts-jest' };
module.exports = {
  // System tests share one API, worker and Temporal server, and one of them restarts the worker.
  maxWorkers: 1,
  // Generous for the system tests (a worker restart waits out Temporal's sticky-queue timeout); units finish in ms.
  testTimeout: 90_000,
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      displayName: 'system',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts', '**/*.system-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
