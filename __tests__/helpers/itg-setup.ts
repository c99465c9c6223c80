// Integration tests run real builds: give each test up to ten minutes.
import { jest } from '@jest/globals'

jest.setTimeout(600_000)
