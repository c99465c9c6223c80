import { formatPlatform, parsePlatform, parsePlatformList, platformMatches, samePlatform } from '../src/platform.js'

describe('parsePlatform normalises as containerd does', () => {
  test.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/x86-64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/arm64/8', 'linux/arm64'],
    ['linux/i386', 'linux/386'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/armel', 'linux/arm/v6'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['LINUX/ARM64', 'linux/arm64'],
    ['arm64', 'linux/arm64'],
    ['linux/ppc64le', 'linux/ppc64le']
  ])('%s -> %s', (input, expected) => {
    expect(formatPlatform(parsePlatform(input))).toBe(expected)
  })

  test.each(['', 'linux/', '/amd64', 'linux/arm/v7/extra', 'linux//amd64'])('rejects %j with a clear error', bad => {
    expect(() => parsePlatform(bad)).toThrow(/invalid platform .*expected os\/arch/)
  })
})

test('linux/arm64/v8 and linux/arm64 are the same platform', () => {
  expect(samePlatform(parsePlatform('linux/arm64/v8'), parsePlatform('linux/arm64'))).toBe(true)
  expect(samePlatform(parsePlatform('linux/arm/v6'), parsePlatform('linux/arm/v7'))).toBe(false)
})

test('a request without a variant accepts any variant; one with a variant needs it', () => {
  expect(platformMatches(parsePlatform('linux/amd64'), parsePlatform('linux/amd64/v3'))).toBe(true)
  expect(platformMatches(parsePlatform('linux/amd64/v3'), parsePlatform('linux/amd64'))).toBe(false)
  expect(platformMatches(parsePlatform('linux/arm64'), parsePlatform('linux/amd64'))).toBe(false)
})

test('platform lists accept commas and newlines and drop duplicates after normalisation', () => {
  expect(parsePlatformList('linux/amd64,\nlinux/aarch64\n linux/arm64/v8 ,').map(formatPlatform)).toEqual([
    'linux/amd64',
    'linux/arm64'
  ])
})

describe('an OS version, written as containerd FormatAll writes it', () => {
  test('windows(10.0.20348)/amd64 parses and prints back; the version is kept as it is', () => {
    const p = parsePlatform('windows(10.0.20348)/amd64')
    expect(p).toEqual({ os: 'windows', architecture: 'amd64', osVersion: '10.0.20348' })
    expect(formatPlatform(p)).toBe('windows(10.0.20348)/amd64')
  })

  test('a request with a version needs that build (a prefix of the full version will do); one without takes any', () => {
    const offered = { os: 'windows', architecture: 'amd64', osVersion: '10.0.20348.2655' }
    expect(platformMatches(parsePlatform('windows(10.0.20348)/amd64'), offered)).toBe(true)
    expect(platformMatches(parsePlatform('windows(10.0.17763)/amd64'), offered)).toBe(false)
    expect(platformMatches(parsePlatform('windows/amd64'), offered)).toBe(true)
  })

  test.each(['windows()/amd64', 'windows(10.0/amd64', 'windows(a)(b)/amd64'])('rejects %j', bad => {
    expect(() => parsePlatform(bad)).toThrow(/invalid platform/)
  })
})
