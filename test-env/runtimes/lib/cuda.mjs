/**
 * CUDA-style GPU images from real Debian 12 packages: python3 with numpy and pycuda (contrib: its extension
 * pycuda/_driver needs libcuda.so.1, the driver's library, and libcurand.so.10, a CUDA runtime library) plus
 * libcurand10 and libcudart11.0 (non-free), and hwloc's NVIDIA plugins (contrib libhwloc-contrib-plugins:
 * hwloc_nvml.so needs libnvidia-ml.so.1, the driver's management library; hwloc_cuda.so needs libcudart.so.11.0).
 * No driver library is in the image: the NVIDIA container toolkit mounts the host's when the container starts, for
 * an image whose Env asks for it (NVIDIA_VISIBLE_DEVICES, NVIDIA_DRIVER_CAPABILITIES); ../nvidia-container-libraries.json
 * is its list per capability. Each DT_NEEDED of the CUDA objects is recorded with who must provide it.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkModules } from '../../loader/lib/oracle.mjs'
import { copyIn, ldconfig } from '../../loader/lib/rootfs.mjs'
import { run } from '../../loader/lib/util.mjs'
import {
  debianBase,
  dynamicFacts,
  fromBase,
  glibcObjects,
  glibcVersion,
  runIn,
  unpackedDeb,
  verdict
} from './rt-base.mjs'
import { nonfreeDebs } from './rt-nonfree.mjs'
import { npmInstallPath, npmPackage } from './rt-npm.mjs'
import { retryTimedOut } from './rt-retry.mjs'

const TOOLKIT = JSON.parse(
  readFileSync(join(fileURLToPath(import.meta.url), '..', '..', 'nvidia-container-libraries.json'), 'utf8')
)

const PKGS = [
  'libc-bin',
  'base-passwd',
  'bash', // bash and perl-base are Essential: every Debian image has them
  'dash',
  'coreutils',
  'perl-base',
  'python3',
  'python3-numpy',
  'python3-yaml',
  // pycuda's own dependencies from main (its Depends also names nvidia-cuda-toolkit, which is left out)
  'python3-pytools',
  'python3-appdirs',
  'python3-decorator',
  'python3-mako',
  'libboost-python1.74.0',
  'libboost-thread1.74.0',
  'libhwloc15'
]
const NONFREE = ['python3-pycuda', 'libcurand10', 'libcudart11.0', 'libhwloc-contrib-plugins']

/** The env of nvidia/cuda base images; LD_LIBRARY_PATH names directories that exist only in old driver setups. */
const LD_PATH = { LD_LIBRARY_PATH: '/usr/local/nvidia/lib:/usr/local/nvidia/lib64' }
const DECLARED = {
  NVIDIA_VISIBLE_DEVICES: 'all',
  NVIDIA_DRIVER_CAPABILITIES: 'compute,utility',
  NVIDIA_REQUIRE_CUDA: 'cuda>=11.8',
  ...LD_PATH
}

const DIST = '/usr/lib/python3/dist-packages'
const focus = p => /pycuda|hwloc|libcudart|libcurand|libboost_python|libcuda|libnvidia/.test(p)
const base = ctx => debianBase(ctx, 'cuda', PKGS, () => nonfreeDebs(ctx.arch, NONFREE))

/** Who provides a DT_NEEDED name: the toolkit (which capability), or the image. */
function provider(name) {
  for (const [cap, libs] of Object.entries(TOOLKIT.libraries))
    if (libs.some(l => name.startsWith(l))) return { by: 'nvidia-container-toolkit', list: cap }
  if (/^lib(cudart|cublas|cublasLt|curand|cufft|cusparse|cusolver|nvrtc|nvjitlink|cudnn|nccl|npp)/.test(name))
    return { by: 'image', what: 'CUDA runtime library (no toolkit list has it)' }
  return { by: 'image', what: "library (neither the driver's nor a CUDA runtime library)" }
}

/** The capabilities an Env asks for (the toolkit's default when the variable is unset or empty). */
function injected(env) {
  const devices = env.NVIDIA_VISIBLE_DEVICES
  if (!devices || devices === 'void' || devices === 'none')
    return {
      devices: devices ?? null,
      capabilities: [],
      lists: [],
      why: 'NVIDIA_VISIBLE_DEVICES unset: the toolkit mounts nothing'
    }
  const caps = (env.NVIDIA_DRIVER_CAPABILITIES || 'utility,compute').split(',').map(c => c.trim())
  const all = caps.includes('all') ? Object.keys(TOOLKIT.capabilities).filter(c => c !== 'always') : caps
  const lists = [...new Set(all.flatMap(c => TOOLKIT.capabilities[c]?.libraries ?? []).concat('dxcore'))]
  return { devices, capabilities: all, lists }
}

/** node-llama-cpp's CUDA build from npm (amd64 only): ggml dlopens libggml-cuda.so, which needs CUDA 13's runtime. */
const GGML = { name: '@node-llama-cpp/linux-x64-cuda', version: '3.22.1', app: '/opt/app' }
const GGML_BINS = `${npmInstallPath(GGML.app, GGML.name)}/bins/linux-x64-cuda`

const OBJECTS = (arch, ggml) => {
  if (ggml) return [`${GGML_BINS}/libggml-cuda.so`, `${GGML_BINS}/llama-addon.node`]
  const t = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[arch]
  return [
    `${DIST}/pycuda/_driver.cpython-311-${t}.so`,
    `/usr/lib/${t}/hwloc/hwloc_nvml.so`,
    `/usr/lib/${t}/hwloc/hwloc_cuda.so`
  ]
}

async function oracle(ctx, built) {
  const env = built.env
  const { objects, skippedObjects } = await glibcObjects(ctx, env, focus)
  const modules = built.ggml
    ? []
    : await retryTimedOut(ctx, await checkModules(ctx.root, objects, env, ctx.tuple, ctx.jobs, ['python']), env)
  const probes = []
  const p = async (name, argv, extra = {}) => probes.push({ ...(await runIn(ctx, argv, env, { name })), ...extra })
  if (built.ggml) {
    await p('require llama-addon.node', [
      'node',
      '-e',
      `require(${JSON.stringify(`${GGML_BINS}/llama-addon.node`)}); console.log('loaded')`
    ])
    // What ggml does when it looks for a CUDA backend: dlopen the file (process.dlopen is node's dlopen).
    await p('dlopen libggml-cuda.so', [
      'node',
      '-e',
      `process.dlopen({ exports: {} }, ${JSON.stringify(`${GGML_BINS}/libggml-cuda.so`)})`
    ])
  } else {
    await p('import pycuda', ['python3', '-c', 'import pycuda; print(pycuda.VERSION_TEXT)'])
    // get_version(): the CUDA version pycuda was built against (no driver call).
    await p('import pycuda.driver', ['python3', '-c', 'import pycuda.driver as d; print(d.get_version())'])
    // cuInit needs a GPU (/dev/nvidia*): informational, not counted in the verdict.
    await p('pycuda.driver.init()', ['python3', '-c', 'import pycuda.driver as d; d.init(); print(d.Device.count())'], {
      informational: true
    })
  }
  const inj = injected(env)
  const needs = []
  for (const path of OBJECTS(ctx.arch, built.ggml)) {
    const f = await dynamicFacts(join(ctx.root, path))
    const o = objects.find(x => x.path === path)
    needs.push({
      path,
      needed: f.needed,
      runpath: f.runpath,
      rpath: f.rpath,
      providers: Object.fromEntries(
        f.needed.map(n => {
          const pr = provider(n)
          const mounted = pr.by === 'nvidia-container-toolkit' ? inj.lists.includes(pr.list) : undefined
          const found = o?.libraries.find(l => l.name === n)?.path ?? null
          return [n, { ...pr, ...(mounted === undefined ? {} : { mountedForThisEnv: mounted }), foundInImage: found }]
        })
      )
    })
  }
  return {
    libc: 'glibc',
    loader: ctx.a.loader,
    glibc: await glibcVersion(ctx),
    packages: built.packages ?? (await base(ctx)).packages,
    changes: built.changes ?? [],
    cuda: {
      toolkitWouldMount: inj,
      objects: needs,
      toolkitTable: 'test-env/runtimes/nvidia-container-libraries.json'
    },
    objects,
    skippedObjects,
    probes,
    modules,
    verdict: verdict({ objects, probes, modules }, built.expected)
  }
}

/**
 * The driver's libraries as the toolkit leaves them for compute,utility: the host's files (here Debian's
 * libcuda1, libnvidia-ml1, libnvidia-ptxjitcompiler1 of the same architecture) bind-mounted into the library
 * directory under their full-version names, then ldconfig run in the container (which makes libcuda.so.1 ...).
 */
async function injectDriver(ctx) {
  const changes = []
  for (const [pkg, stem] of [
    ['libcuda1', 'libcuda.so'],
    ['libnvidia-ml1', 'libnvidia-ml.so'],
    ['libnvidia-ptxjitcompiler1', 'libnvidia-ptxjitcompiler.so']
  ]) {
    const [deb] = await nonfreeDebs(ctx.arch, [pkg])
    const dir = await unpackedDebPath(ctx, deb)
    const version = deb.version.split('-')[0]
    const file = `${stem}.${version}`
    const to = `/usr/lib/${ctx.tuple}/${file}`
    copyIn(ctx.root, to, join(dir, 'usr/lib', ctx.tuple, 'nvidia/current', file), 0o755)
    changes.push({ path: to, change: 'added', from: `${pkg} ${deb.version}` })
  }
  await ldconfig(ctx.root)
  return changes
}

/** A non-free .deb (already in the cache) unpacked once per run. */
async function unpackedDebPath(ctx, deb) {
  return unpackedDeb(ctx, ctx.arch, `${deb.name}=${deb.version}`).catch(async () => {
    // Not known to the host's apt (non-free): unpack the cached file directly.
    const { unpackDeb } = await import('../../loader/lib/rootfs.mjs')
    return unpackDeb(deb.path, join(ctx.work, 'debs', `${ctx.arch}-${deb.name}`))
  })
}

export const scenarios = [
  {
    name: 'cuda-clean',
    description:
      "python3 + numpy + pycuda (its _driver extension needs libcuda.so.1) + libcurand10 + libcudart11.0 + hwloc's NVIDIA plugins, from Debian 12 main/contrib/non-free, no driver library; the Env of nvidia/cuda images: NVIDIA_VISIBLE_DEVICES=all, NVIDIA_DRIVER_CAPABILITIES=compute,utility, NVIDIA_REQUIRE_CUDA, LD_LIBRARY_PATH=/usr/local/nvidia/lib:/usr/local/nvidia/lib64.",
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      await fromBase(ctx, await base(ctx))
      return {
        entrypoint: ['/usr/bin/python3'],
        env: DECLARED,
        expected:
          'without a driver: libcuda.so.1 and libnvidia-ml.so.1 not found (the toolkit mounts them for compute,utility); the CUDA runtime libraries are in the image'
      }
    },
    oracle
  },
  {
    name: 'cuda-undeclared',
    description: 'cuda-clean without the NVIDIA_* variables (LD_LIBRARY_PATH kept): the toolkit mounts nothing.',
    arches: ['amd64', 'arm64'],
    sets: ['ci', 'full'],
    build: async ctx => {
      await fromBase(ctx, await base(ctx))
      return {
        entrypoint: ['/usr/bin/python3'],
        env: LD_PATH,
        expected:
          'the same loader answers as cuda-clean; nothing would provide libcuda.so.1 or libnvidia-ml.so.1 at run time'
      }
    },
    oracle
  },
  {
    name: 'cuda-npm-ggml',
    description:
      "node-llama-cpp's prebuilt CUDA binaries from npm (@node-llama-cpp/linux-x64-cuda 3.22.1) in /opt/app/node_modules with Debian's nodejs 18, the nvidia/cuda Env, and no CUDA runtime: libggml-cuda.so needs libcudart.so.13 and libcublas.so.13, which the package does not carry and the toolkit never mounts.",
    arches: ['amd64'],
    sets: ['full'],
    build: async ctx => {
      const b = await debianBase(ctx, 'node', [
        'libc-bin',
        'base-passwd',
        'bash',
        'dash',
        'coreutils',
        'perl-base',
        'nodejs',
        'libstdc++6'
      ])
      await fromBase(ctx, b)
      const pkg = await npmPackage(ctx, GGML.name, GGML.version)
      const to = join(ctx.root, npmInstallPath(GGML.app, GGML.name))
      mkdirSync(to, { recursive: true })
      await run(['cp', '-a', `${pkg}/.`, `${to}/`], { check: true })
      return {
        entrypoint: ['/usr/bin/node'],
        env: DECLARED,
        ggml: true,
        packages: b.packages,
        changes: [
          { path: npmInstallPath(GGML.app, GGML.name), change: 'added', from: `${GGML.name}@${GGML.version} (npm)` }
        ],
        expected:
          'libggml-cuda.so does not load: libcudart.so.13 and libcublas.so.13 are missing from the image (the toolkit would add only libcuda.so.1); llama-addon.node itself loads'
      }
    },
    oracle
  },
  {
    name: 'cuda-driver-injected',
    description:
      "cuda-clean as the toolkit leaves it at container start for compute,utility: the driver's libcuda, libnvidia-ml and libnvidia-ptxjitcompiler (Debian's non-free libcuda1, libnvidia-ml1, libnvidia-ptxjitcompiler1, 535) in the library directory and ldconfig rerun. Not an image anyone ships: the loader's answer with the driver present.",
    arches: ['amd64', 'arm64'],
    sets: ['full'],
    build: async ctx => {
      await fromBase(ctx, await base(ctx))
      const changes = await injectDriver(ctx)
      return {
        entrypoint: ['/usr/bin/python3'],
        env: DECLARED,
        changes,
        expected: 'every object loads; pycuda.driver imports (init(), informational, fails: no GPU, no /dev/nvidia*)'
      }
    },
    oracle
  }
]
