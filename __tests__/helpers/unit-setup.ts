// Some unit tests run the bundled action or CLI as a child process: allow them time on a loaded machine.
import { jest } from '@jest/globals'

jest.setTimeout(30_000)
