import { isRepoPath, repoPath } from '../../src/report/paths.js'

const ws = '/home/runner/work/app/app'

test.each([
  ['Dockerfile', ws, 'Dockerfile'],
  ['./Dockerfile', ws, 'Dockerfile'],
  ['./app/./Dockerfile', ws, 'app/Dockerfile'],
  [`${ws}/Dockerfile`, ws, 'Dockerfile'],
  [`${ws}/sub/dir/Dockerfile`, ws, 'sub/dir/Dockerfile'],
  ['Dockerfile', `${ws}/sub`, 'sub/Dockerfile'], // a step with working-directory: sub
  ['../Dockerfile', `${ws}/sub`, 'Dockerfile'],
  ['/tmp/Dockerfile', ws, '/tmp/Dockerfile'],
  ['../other/Dockerfile', ws, '/home/runner/work/app/other/Dockerfile'],
  [`${ws}-evil/Dockerfile`, ws, `${ws}-evil/Dockerfile`]
])('%s from %s is %s', (file, cwd, expected) => {
  expect(repoPath(file, ws, cwd)).toBe(expected)
})

test.each([
  ['Dockerfile', true],
  ['app/Dockerfile', true],
  ['./app/Dockerfile', true],
  ['/abs/Dockerfile', false],
  ['../Dockerfile', false],
  ['a/../../Dockerfile', false],
  ['C:/x/Dockerfile', false],
  ['', false]
])('isRepoPath(%j) is %s', (file, expected) => {
  expect(isRepoPath(file)).toBe(expected)
})
