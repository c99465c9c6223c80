import { UserError, errorMessage, showStack } from '../src/errors.js'

test('an error message is one line, and control characters from hostile names are shown, not sent', () => {
  const err = new UserError('manifest.json names a missing config x\n\u001b[31mFAKE second line\r\u0007')
  expect(errorMessage(err)).toBe('manifest.json names a missing config x \\x1b[31mFAKE second line\\x0d\\x07')
})

test('ordinary messages are unchanged, and thrown non-errors are stringified', () => {
  expect(errorMessage(new Error('blob sha256:ab does not match its digest'))).toBe(
    'blob sha256:ab does not match its digest'
  )
  expect(errorMessage('plain\tstring')).toBe('plain\\x09string')
})

test('a stack trace keeps its lines, and a hostile name in its message cannot forge a line or drive the terminal', () => {
  expect(showStack('TypeError: bad /x\u001b[2J\rname\n    at f (a.js:1:2)\n')).toBe(
    'TypeError: bad /x\\x1b[2J\\x0dname\n    at f (a.js:1:2)'
  )
})
