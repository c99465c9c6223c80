/**
 * The Debian architectures the generator knows: multiarch tuple, OCI platform, ELF identity and glibc's loader
 * (PT_INTERP as Debian's packages record it; each one is checked against the programs of the userland).
 */
export const ARCHES = {
  amd64: {
    tuple: 'x86_64-linux-gnu',
    oci: { architecture: 'amd64' },
    elf: { class: 64, data: 'LSB', machine: 62 },
    loader: '/lib64/ld-linux-x86-64.so.2',
    python: 'x86_64-linux-gnu'
  },
  arm64: {
    tuple: 'aarch64-linux-gnu',
    oci: { architecture: 'arm64' },
    elf: { class: 64, data: 'LSB', machine: 183 },
    loader: '/lib/ld-linux-aarch64.so.1',
    python: 'aarch64-linux-gnu'
  },
  armhf: {
    tuple: 'arm-linux-gnueabihf',
    oci: { architecture: 'arm', variant: 'v7' },
    elf: { class: 32, data: 'LSB', machine: 40 },
    loader: '/lib/ld-linux-armhf.so.3',
    python: 'arm-linux-gnueabihf'
  },
  armel: {
    tuple: 'arm-linux-gnueabi',
    oci: { architecture: 'arm', variant: 'v5' },
    elf: { class: 32, data: 'LSB', machine: 40 },
    loader: '/lib/ld-linux.so.3',
    python: 'arm-linux-gnueabi'
  },
  i386: {
    tuple: 'i386-linux-gnu',
    oci: { architecture: '386' },
    elf: { class: 32, data: 'LSB', machine: 3 },
    loader: '/lib/ld-linux.so.2',
    python: 'i386-linux-gnu'
  },
  ppc64el: {
    tuple: 'powerpc64le-linux-gnu',
    oci: { architecture: 'ppc64le' },
    elf: { class: 64, data: 'LSB', machine: 21 },
    loader: '/lib64/ld64.so.2',
    python: 'powerpc64le-linux-gnu'
  },
  s390x: {
    tuple: 's390x-linux-gnu',
    oci: { architecture: 's390x' },
    elf: { class: 64, data: 'MSB', machine: 22 },
    loader: '/lib/ld64.so.1',
    python: 's390x-linux-gnu'
  },
  mips64el: {
    tuple: 'mips64el-linux-gnuabi64',
    oci: { architecture: 'mips64le' },
    elf: { class: 64, data: 'LSB', machine: 8 },
    loader: '/lib64/ld.so.1',
    python: 'mips64el-linux-gnuabi64'
  },
  riscv64: {
    tuple: 'riscv64-linux-gnu',
    oci: { architecture: 'riscv64' },
    elf: { class: 64, data: 'LSB', machine: 243 },
    loader: '/lib/ld-linux-riscv64-lp64d.so.1',
    python: 'riscv64-linux-gnu',
    trixieOnly: true
  }
}

export const DEFAULT_ARCHES = ['amd64', 'arm64', 'armhf', 's390x']

export const platformString = a => {
  const o = ARCHES[a].oci
  return `linux/${o.architecture}${o.variant ? '/' + o.variant : ''}`
}
