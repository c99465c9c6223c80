import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dockerfileHardcodedPlatform } from '../../src/checks/dockerfile-hardcoded-platform.js'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { ROOT } from '../helpers/fixtures.js'

const lint = (text: string) =>
  dockerfileHardcodedPlatform
    .check({ file: 'Dockerfile', stages: parseDockerfile(text) })
    .map(f => [f.location?.line, f.message])
const example = (name: string) => readFileSync(join(ROOT, 'examples', name, 'Dockerfile'), 'utf8')

test('the bug as it happens: GOARCH=amd64 in the RUN line', () => {
  const found = lint(example('golang-alpine-bug'))
  expect(found).toEqual([[6, expect.stringContaining('`GOARCH=amd64` builds for one architecture')]])
})

test('the bundled example: GOARCH=amd64 on a $BUILDPLATFORM stage is one finding, on its RUN line', () => {
  expect(lint(example('go-wrong-arch')).map(f => f[0])).toEqual([7])
})

test.each(['go-fixed', 'golang-alpine-fixed'])('clean: the fixed Dockerfile %s', name => {
  expect(lint(example(name))).toEqual([])
})

test.each([
  ['FROM --platform=linux/amd64 alpine\nRUN true\n', 1, /pins this stage to one platform/],
  ['FROM alpine\nENV GOARCH=arm64\n', 2, /`GOARCH=arm64`/],
  ['FROM alpine\nENV GOOS windows\n', 2, /`GOOS=windows` builds for one OS/],
  [
    'FROM alpine\nRUN wget -O /usr/local/bin/kubectl https://dl.k8s.io/v1.31.0/bin/linux/amd64/kubectl\n',
    2,
    /names `amd64` rather than the target/
  ],
  [
    'FROM alpine\nADD https://github.com/x/y/releases/download/v1/tool_Linux_x86_64.tar.gz /tmp/\n',
    2,
    /names `x86_64`/
  ],
  [
    'FROM alpine\nRUN curl -fsSLo /usr/local/bin/yq "https://github.com/mikefarah/yq/releases/download/v4.44.1/yq_linux_amd64"\n',
    2,
    /The download `https:\/\/github\.com\/mikefarah\/yq\/releases\/download\/v4\.44\.1\/yq_linux_amd64` names `amd64`/
  ],
  [
    'FROM alpine\nRUN set -eux; \\\n  url="https://example.com/tool-linux-arm64.tar.gz"; \\\n  wget -O- "$url" | tar -xz\n',
    2,
    /`https:\/\/example\.com\/tool-linux-arm64\.tar\.gz` names `arm64`/
  ],
  [
    'FROM alpine\nRUN apk add curl && \\\n    curl -fsSL \\\n      https://example.com/aarch64/tool -o /tool\n',
    2,
    /names `aarch64`/
  ],
  ['FROM alpine\nRUN /opt/installer --download-url=https://example.com/x86_64/pkg.tgz\n', 2, /names `x86_64`/],
  [
    'FROM --platform=$BUILDPLATFORM golang AS b\nRUN go build -o /app .\nFROM alpine\nCOPY --from=b /app /app\n',
    1,
    /never uses TARGETOS\/TARGETARCH/
  ]
])('fires on %j', (text, line, message) => {
  const [f, ...rest] = lint(text)
  expect(rest).toEqual([])
  expect(f?.[0]).toBe(line)
  expect(f?.[1]).toMatch(message)
})

test.each([
  'FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build -o /app .\n',
  'FROM --platform=${BUILDPLATFORM} golang AS b\nARG TARGETOS TARGETARCH\nRUN GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build .\n',
  'FROM alpine\nARG TARGETARCH\nRUN wget https://dl.k8s.io/v1.31.0/bin/linux/${TARGETARCH}/kubectl\n',
  'FROM alpine\nRUN case "$(uname -m)" in x86_64) A=amd64;; aarch64) A=arm64;; esac && wget https://x.io/tool-linux-amd64\n',
  'FROM --platform=$TARGETPLATFORM alpine\nRUN true\n',
  'FROM golang:alpine\nRUN CGO_ENABLED=0 GOOS=linux go build -o /app .\n',
  // A URL that is only text, not downloaded: echoed, written to a file, in a comment of the script.
  'FROM alpine\nRUN echo "see https://example.com/docs/arm64-support"\n',
  "FROM alpine\nRUN printf '%s\\n' https://example.com/amd64/notes > /NOTES && apk add tini\n",
  'FROM alpine\nRUN echo https://example.com/amd64/tool >> /urls.txt; ls /\n'
])('stays silent on %j', text => {
  expect(lint(text)).toEqual([])
})
