import { parseShebang } from '../../src/binary/shebang.js'

test.each([
  ['#!/bin/sh\necho', { interpreter: '/bin/sh' }],
  ['#! /bin/bash -e\n', { interpreter: '/bin/bash', argument: '-e' }],
  ['#!/usr/bin/env python3\r\n', { interpreter: '/usr/bin/env', argument: 'python3' }],
  ['#!/usr/bin/env -S node --x\n', { interpreter: '/usr/bin/env', argument: '-S node --x' }]
])('%j', (text, expected) => {
  expect(parseShebang(Buffer.from(text))).toEqual({ format: 'script', ...expected })
})

test.each(['', '#', '#!', '#!   \n', 'echo hi', '\x7fELF'])('%j is not a script', text => {
  expect(parseShebang(Buffer.from(text))).toBeUndefined()
})
