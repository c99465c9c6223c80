/**
 * The Dockerfile pins an architecture: `GOARCH=amd64` in RUN or ENV, a constant `FROM --platform=linux/amd64`, a
 * download URL naming an architecture that does not come from TARGETARCH, or a stage on `--platform=$BUILDPLATFORM`
 * that cross-compiles without ever asking for the target. Pure over the parsed Dockerfile.
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
const URL_WITH_ARCH = /https?:\/\/\S*?(?<![a-z0-9])(amd64|x86_64|x86-64|arm64|aarch64)(?![a-z0-9])\S*/i
/** GOARCH=<constant>; GOOS=<constant> other than linux (`GOOS=linux go build` in a target-platform stage is right). */
const CONST_GO = [/\b(GOARCH)=(?!\$)["']?([a-z0-9_]+)/, /\b(GOOS)=(?!\$|["']?linux\b)["']?([a-z0-9_]+)/]

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
    'The Dockerfile pins an architecture: GOARCH=amd64, a constant FROM --platform=linux/amd64, or an amd64/x86_64 download URL not derived from TARGETARCH.',
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
          const url = URL_WITH_ARCH.exec(text)
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
