import eslint from '@eslint/js'
import jest from 'eslint-plugin-jest'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', '__tests__/.work/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // The scripts, benchmarks and generators are plain Node ESM (bench/, scripts/, test-env/, configs).
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // A test that asserts only under a condition passes when the condition is false: it cannot fail.
      'jest/no-conditional-expect': 'error',
      'jest/expect-expect': 'error',
      'jest/no-standalone-expect': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Processes start only through @actions/exec with argv arrays, never a shell string.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'child_process', message: 'Use @actions/exec with an argv array.' },
            { name: 'node:child_process', message: 'Use @actions/exec with an argv array.' }
          ]
        }
      ]
    }
  }
)
