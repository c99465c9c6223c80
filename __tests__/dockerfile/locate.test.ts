import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { locateFindings, parseCreatedBy } from '../../src/dockerfile/locate.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import type { Finding } from '../../src/checks/types.js'
import { ROOT } from '../helpers/fixtures.js'
import { platform } from '../helpers/facts.js'

const dockerfile = readFileSync(join(ROOT, 'examples/go-wrong-arch/Dockerfile'), 'utf8')
const ctx = { file: 'examples/go-wrong-arch/Dockerfile', stages: parseDockerfile(dockerfile) }

test('stages, names, --platform and COPY --from as dockerfile-ast parses them', () => {
  expect(ctx.stages.map(s => [s.name, s.platform, s.base, s.from.line])).toEqual([
    ['build', '$BUILDPLATFORM', 'mv-test/golang:1.19', 4],
    [undefined, undefined, 'mv-test/busybox:1', 9]
  ])
  expect(ctx.stages[1]?.instructions.map(i => [i.keyword, i.line, i.from])).toEqual([
    ['COPY', 10, 'build'],
    ['ENTRYPOINT', 11, undefined]
  ])
})

test.each([
  [
    'RUN |2 TARGETOS=linux TARGETARCH=arm64 /bin/sh -c GOOS=$TARGETOS go build -o /server . # buildkit',
    { keyword: 'RUN', args: 'GOOS=$TARGETOS go build -o /server .' }
  ],
  ['COPY /server /server # buildkit', { keyword: 'COPY', args: '/server /server' }],
  ['/bin/sh -c #(nop) COPY file:abc in /server ', { keyword: 'COPY', args: 'file:abc in /server' }],
  ['ENTRYPOINT ["/server"]', { keyword: 'ENTRYPOINT', args: '["/server"]' }]
])('created_by %j', (text, expected) => {
  expect(parseCreatedBy(text)).toEqual(expected)
})

// The arm64 image of the example as buildx wrote it: busybox's layer, then COPY --from=build.
const history = [
  { createdBy: 'ADD rootfs-arm64.tar / # buildkit', empty: false },
  { createdBy: 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', empty: true },
  { createdBy: 'CMD ["/bin/sh"]', empty: true },
  { createdBy: 'COPY /server /server # buildkit', empty: false },
  { createdBy: 'ENTRYPOINT ["/server"]', empty: true }
]

const finding = (rule: Finding['rule'], path: string): Finding => ({
  rule,
  severity: 'error',
  platform: 'linux/arm64',
  path,
  message: 'm'
})

test('a file COPY --from a build stage points at the RUN that built it; the entrypoint rules at ENTRYPOINT', () => {
  const p = platform('linux/arm64', 'go-amd64', { history, layerCount: 2 })
  p.executables[0]!.layer = 1
  p.executables.push({ ...p.executables[0]!, path: '/bin/busybox', layer: 0 })
  const located = locateFindings(
    [
      finding('binary-arch-mismatch', '/server'),
      finding('entrypoint-not-found', './x'),
      finding('binary-arch-mismatch', '/bin/busybox')
    ],
    [p],
    ctx
  )
  expect(located.map(f => f.location)).toEqual([{ file: ctx.file, line: 7 }, { file: ctx.file, line: 11 }, undefined])
})

test('when the history does not line up with the layers, no line is claimed', () => {
  const p = platform('linux/arm64', 'go-amd64', { history, layerCount: 3 })
  p.executables[0]!.layer = 1
  expect(locateFindings([finding('binary-arch-mismatch', '/server')], [p], ctx)[0]?.location).toBeUndefined()
})
