/**
 * Libraries an image does not carry because the container runtime provides them when the container starts: the
 * NVIDIA driver's user-space libraries, which the NVIDIA container toolkit (libnvidia-container) mounts from the
 * host for a container run with GPUs (`docker run --gpus`, or an image whose Env sets NVIDIA_VISIBLE_DEVICES, as the
 * CUDA images do), per capability in NVIDIA_DRIVER_CAPABILITIES; and the libraries the config file names under
 * `provided-libraries`. A program that needs one cannot be judged on the image alone: it is a note, never an error.
 * The CUDA runtime libraries (libcudart, libcublas...) are not the driver's: an image must ship them. Pure.
 */

/**
 * The driver's libraries by capability, as libnvidia-container's nvc_info.c lists them (utility_libs,
 * compute_libs, video_libs, graphics_libs, ngx_libs), by the name before `.so`.
 */
const DRIVER: Record<string, string[]> = {
  utility: ['libnvidia-ml', 'libnvidia-cfg'],
  compute: [
    'libcuda',
    'libcudadebugger',
    'libnvidia-opencl',
    'libnvidia-gpucomp',
    'libnvidia-ptxjitcompiler',
    'libnvidia-fatbinaryloader',
    'libnvidia-allocator',
    'libnvidia-compiler',
    'libnvidia-nvvm',
    'libnvidia-pkcs11',
    'libnvidia-pkcs11-openssl3'
  ],
  video: ['libvdpau_nvidia', 'libnvidia-encode', 'libnvidia-opticalflow', 'libnvcuvid'],
  graphics: [
    'libnvidia-eglcore',
    'libnvidia-glcore',
    'libnvidia-tls',
    'libnvidia-glsi',
    'libnvidia-fbc',
    'libnvidia-ifr',
    'libnvidia-rtcore',
    'libnvoptix',
    'libGLX_nvidia',
    'libEGL_nvidia',
    'libGLESv2_nvidia',
    'libGLESv1_CM_nvidia',
    'libnvidia-glvkspirv',
    'libnvidia-cbl',
    'libnvidia-vulkan-producer',
    'libnvidia-gtk3',
    'libnvidia-gtk2',
    'libnvidia-wayland-client',
    'libnvidia-egl-gbm',
    'libnvidia-egl-wayland'
  ],
  ngx: ['libnvidia-ngx']
}

const CAPABILITY_OF = new Map(Object.entries(DRIVER).flatMap(([cap, libs]) => libs.map(l => [l, cap] as const)))

/** Where the toolkit takes the capabilities from, and which it grants when the image names none. */
const DEFAULT_CAPABILITIES = ['utility', 'compute']

function envValue(env: string[], name: string): string | undefined {
  return env.find(e => e.startsWith(`${name}=`))?.slice(name.length + 1)
}

/** Who provides a library the image lacks, given the image's Env and the config file's list; undefined: nobody. */
export function providerOf(env: string[], declared: readonly string[] = []): (name: string) => string | undefined {
  const devices = envValue(env, 'NVIDIA_VISIBLE_DEVICES')
  const gpus = devices !== undefined && devices !== '' && devices !== 'void' && devices !== 'none'
  const caps = (envValue(env, 'NVIDIA_DRIVER_CAPABILITIES') ?? '').split(',').filter(Boolean)
  const granted = caps.includes('all') ? Object.keys(DRIVER) : caps.length ? caps : DEFAULT_CAPABILITIES
  return name => {
    if (declared.some(d => d === name || (d.endsWith('*') && name.startsWith(d.slice(0, -1))))) {
      return 'the container runtime (the config file lists it under provided-libraries)'
    }
    const cap = CAPABILITY_OF.get(name.replace(/\.so(\.[\d.]*)?$/, ''))
    if (!cap) return undefined
    if (gpus && granted.includes(cap)) {
      return `the NVIDIA container runtime (the image sets NVIDIA_VISIBLE_DEVICES=${devices}, and ${cap} is among its driver capabilities)`
    }
    if (gpus) {
      return `the NVIDIA container runtime, only with the ${cap} capability (NVIDIA_DRIVER_CAPABILITIES=${caps.join(',') || 'unset'} leaves it out)`
    }
    return 'the NVIDIA container runtime, when the container is started with GPUs (`docker run --gpus`)'
  }
}
