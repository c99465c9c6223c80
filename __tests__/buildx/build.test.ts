import { buildxArgs } from '../../src/buildx/args.js'
import { parseBuildFailure } from '../../src/buildx/log.js'
import { parsePlatform } from '../../src/platform.js'

test.each([
  [
    { context: '.', buildArgs: [] },
    [
      'buildx',
      'build',
      '--platform',
      'linux/arm64',
      '--output',
      'type=oci,dest=/t/oci,tar=false,compression=uncompressed',
      '--metadata-file',
      '/t/m.json',
      '--progress',
      'plain',
      '.'
    ]
  ],
  [
    {
      context: 'app',
      file: 'app/Dockerfile.prod',
      target: 'runtime',
      buildArgs: ['VERSION=1.2', 'A=b c'],
      builder: 'ci-builder'
    },
    [
      'buildx',
      'build',
      '--builder',
      'ci-builder',
      '--platform',
      'linux/arm64',
      '--file',
      'app/Dockerfile.prod',
      '--target',
      'runtime',
      '--build-arg',
      'VERSION=1.2',
      '--build-arg',
      'A=b c',
      '--output',
      'type=oci,dest=/t/oci,tar=false,compression=uncompressed',
      '--metadata-file',
      '/t/m.json',
      '--progress',
      'plain',
      'app'
    ]
  ]
])('buildx argv for %j', (opts, argv) => {
  expect(buildxArgs(opts, parsePlatform('linux/arm64'), '/t/oci', '/t/m.json')).toEqual(argv)
})

// A failing step as buildx 0.13 prints it with --progress plain (captured from a real build).
const LOG = `#10 [build 4/4] RUN GOARCH=amd64 go build -o /server .
#10 0.321 main.go:3:1: syntax error
#10 ERROR: process "/bin/sh -c GOARCH=amd64 go build -o /server ." did not complete successfully: exit code: 1
------
 > [build 4/4] RUN GOARCH=amd64 go build -o /server .:
0.321 main.go:3:1: syntax error
------
Dockerfile:7
--------------------
   5 |     WORKDIR /src
   6 |     COPY go.mod main.go ./
   7 | >>> RUN GOARCH=amd64 go build -o /server .
   8 |
--------------------
ERROR: failed to solve: process "/bin/sh -c GOARCH=amd64 go build -o /server ." did not complete successfully: exit code: 1`

test('a failed build log gives the step, the Dockerfile line and the tail', () => {
  const f = parseBuildFailure(LOG, 'app/Dockerfile')
  expect(f.step).toBe('[build 4/4] RUN GOARCH=amd64 go build -o /server .')
  expect(f.location).toEqual({ file: 'app/Dockerfile', line: 7 })
  expect(f.logTail.split('\n').pop()).toMatch(/^ERROR: failed to solve/)
})

test('a log without a step still gives the tail', () => {
  const f = parseBuildFailure('ERROR: no builder "x" found', undefined)
  expect(f).toEqual({ logTail: 'ERROR: no builder "x" found' })
})
