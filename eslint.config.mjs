import eslint from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
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
