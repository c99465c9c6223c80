/**
 * The Dockerfile pins an architecture: `GOARCH=amd64` in RUN or ENV, a constant `FROM --platform=linux/amd64`, a
 * download (curl, wget, ADD, a `--...url` flag; a URL that is only echoed is text) of a URL naming an architecture
 * that does not come from TARGETARCH, or a stage on `--platform=$BUILDPLATFORM` that cross-compiles without ever
 * asking for the target. Pure over the parsed Dockerfile.
 */
import type { Instruction } from '../dockerfile/parse.js'
import { DOCKERFILE_SCOPE } from '../findings.js'
import { ARCH_HINT } from './fixes.js'
import { code, type DockerfileRule, type Finding } from './types.js'

export { DOCKERFILE_SCOPE } from '../findings.js'

const TARGET_VARS = /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b/
/** Ways a RUN step learns the architecture it runs on or builds for; then a URL naming an arch is a choice. */
const ARCH_AWARE =
  /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b|uname\s+-m|dpkg\s+--print-architecture|apk\s+--print-arch|\$\(arch\)/
/** A URL naming an architecture; it ends at white space or a shell quote, which are never part of it. */
const URL_WITH_ARCH = /https?:\/\/[^\s"'`]*?(?<![a-z0-9])(amd64|x86_64|x86-64|arm64|aarch64)(?![a-z0-9])[^\s"'`]*/gi
/** Commands that download what they are given; a URL anywhere else in a RUN step (echo, a comment, a label) is text. */
const DOWNLOADER = /^(curl|wget)$/
/** A flag that names a download URL: `--url`, `--download-url=`, `--base-url ...`. */
const URL_FLAG = /--[a-z-]*url[= ]\s*["']?$/i
/** GOARCH=<constant>; GOOS=<constant> other than linux (`GOOS=linux go build` in a target-platform stage is right). */
const CONST_GO = [/\b(GOARCH)=(?!\$)["']?([a-z0-9_]+)/, /\b(GOOS)=(?!\$|["']?linux\b)["']?([a-z0-9_]+)/]

/** The command word of one simple shell command: after `VAR=value` prefixes and `sudo`/`env`/`exec`/`command`. */
function commandWord(segment: string): string {
  const words = segment
    .trim()
    .replace(/^[({!\s]+/, '')
    .split(/\s+/)
  let i = 0
  while (i < words.length && /^([A-Za-z_]\w*=\S*|sudo|env|exec|command|time)$/.test(words[i] as string)) i++
  return (words[i] ?? '').replace(/^.*\//, '')
}

/**
 * The first architecture-named URL that this step downloads: any URL of an ADD; in a RUN, an argument of curl or
 * wget, the value of a `--...url` flag, or a `VAR=url` in a step that runs curl or wget (downloaded through `$VAR`).
 */
export function downloadedArchUrl(keyword: string, args: string): RegExpMatchArray | undefined {
  // A line continuation is white space to the shell; same length, so indexes stay those of the written text.
  const text = args.replace(/\\\r?\n/g, m => ' '.repeat(m.length))
  const urls = [...text.matchAll(URL_WITH_ARCH)]
  if (keyword === 'ADD') return urls[0]
  // Simple commands split at the shell's separators; a URL belongs to the command it is written in.
  const segments: Array<{ start: number; end: number; word: string }> = []
  let start = 0
  for (const m of text.matchAll(/&&|\|\||[;|\n]/g)) {
    segments.push({ start, end: m.index, word: commandWord(text.slice(start, m.index)) })
    start = m.index + m[0].length
  }
  segments.push({ start, end: text.length, word: commandWord(text.slice(start)) })
  const downloads = segments.some(s => DOWNLOADER.test(s.word))
  return urls.find(u => {
    const at = u.index ?? 0
    const seg = segments.find(s => at >= s.start && at < s.end)
    if (!seg) return false
    const before = text.slice(seg.start, at)
    if (DOWNLOADER.test(seg.word) || URL_FLAG.test(before)) return true
    return downloads && /\b[A-Za-z_]\w*=["']?$/.test(before)
  })
}

function finding(file: string, ins: Instruction, message: string): Finding {
  return {
    rule: 'dockerfile-hardcoded-platform',
    severity: 'warning',
    platform: DOCKERFILE_SCOPE,
    message,
    hint: ARCH_HINT,
    location: { file, line: ins.line }
  }
}

export const dockerfileHardcodedPlatform: DockerfileRule = {
  id: 'dockerfile-hardcoded-platform',
  scope: 'dockerfile',
  defaultSeverity: 'warning',
  description:
    'The Dockerfile pins an architecture: GOARCH=amd64, a constant FROM --platform=linux/amd64, or a download (curl, wget, ADD, a --url flag) of an amd64/x86_64 URL not derived from TARGETARCH.',
  help: ARCH_HINT,
  check({ file, stages }) {
    const out: Finding[] = []
    for (const stage of stages) {
      if (stage.platform && !stage.platform.includes('$')) {
        out.push(
          finding(
            file,
            stage.from,
            `${code(`FROM --platform=${stage.platform}`)} pins this stage to one platform: in a multi-platform build every platform gets what it builds.`
          )
        )
      }
      let pinnedGo = false
      for (const ins of stage.instructions) {
        const text = ins.args
        if (ins.keyword === 'RUN' || ins.keyword === 'ENV') {
          const line = ins.keyword === 'ENV' ? text.replace(/\b(GOARCH|GOOS)\s+(?!=)/, '$1=') : text
          const m = CONST_GO.map(re => re.exec(line)).find(Boolean)
          if (m) {
            pinnedGo = true
            out.push(
              finding(
                file,
                ins,
                `${code(`${m[1]}=${m[2]}`)} builds for one ${m[1] === 'GOARCH' ? 'architecture' : 'OS'} whatever platform is being built: every image of a multi-platform build gets that binary.`
              )
            )
            continue
          }
        }
        if (ins.keyword === 'RUN' || ins.keyword === 'ADD') {
          const url = downloadedArchUrl(ins.keyword, text)
          if (url && !ARCH_AWARE.test(text)) {
            out.push(
              finding(
                file,
                ins,
                `The download ${code(url[0])} names ${code(url[1] as string)} rather than the target architecture: every platform gets the ${url[1]} file.`
              )
            )
          }
        }
      }
      // A stage that runs on the build machine and compiles, but never asks which platform it builds for.
      const onBuildPlatform = stage.platform?.replace(/[{}]/g, '') === '$BUILDPLATFORM'
      const compiles = stage.instructions.some(
        i => i.keyword === 'RUN' && /\b(go build|go install|cargo build|gcc|g\+\+|clang|make)\b/.test(i.args)
      )
      const asks =
        stage.instructions.some(i => TARGET_VARS.test(i.args)) ||
        stage.instructions.some(i => i.keyword === 'ARG' && /\bTARGET(ARCH|OS|PLATFORM)\b/.test(i.args))
      if (onBuildPlatform && compiles && !asks && !pinnedGo) {
        out.push(
          finding(
            file,
            stage.from,
            `This stage runs on the build machine (${code('--platform=$BUILDPLATFORM')}) and compiles, but never uses TARGETOS/TARGETARCH: it builds for the build machine, not for each target platform.`
          )
        )
      }
    }
    return out
  }
}
