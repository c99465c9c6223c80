/**
 * Unit tests (pure, fast), the hostile-input suites (the bundled CLI run on every attack of the corpus, as a child
 * process each; no Docker) and integration tests (real dockerd, buildx, registry; one worker).
 */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  }
}

export default {
  verbose: false,
  // One worker per core: jest's default leaves one core to itself, which on 2 cores runs the unit files one at a time
  // (about 100 s against about 60 s). The integration tests run in band (scripts/test.sh).
  maxWorkers: '100%',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.itg\\.test\\.ts$', '<rootDir>/__tests__/hostile/'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/unit-setup.ts']
    },
    {
      ...common,
      displayName: 'hostile',
      testMatch: ['<rootDir>/__tests__/hostile/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/unit-setup.ts']
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/**/*.itg.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/itg-setup.ts']
    }
  ]
}
