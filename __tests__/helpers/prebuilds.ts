/** Test helper: the prebuilt Node.js addons of real npm packages, as their tarballs lay them out. */

/** The fixture binary each file stands for: its machine, or 'text' for what is not ELF. */
export type Kind = 'amd64' | 'arm64' | 'arm' | '386' | 'text'

/**
 * The prebuilds of two real packages, as their npm tarballs ship them (`npm pack usb@2.18.0`, the last release of usb
 * built with prebuildify, and `@serialport/bindings-cpp@13.0.1`): each architecture's directory names its files
 * differently (`node.napi.glibc.node` beside `node.napi.armv8.node`). Mach-O and PE files are not ELF ('text' here).
 */
export const USB = '/app/node_modules/usb'
export const USB_PREBUILDS: Array<[string, Kind]> = [
  ['android-arm/node.napi.armv7.node', 'arm'],
  ['android-arm64/node.napi.armv8.node', 'arm64'],
  ['darwin-x64+arm64/node.napi.node', 'text'],
  ['linux-arm/node.napi.armv6.node', 'arm'],
  ['linux-arm/node.napi.armv7.node', 'arm'],
  ['linux-arm64/node.napi.armv8.node', 'arm64'],
  ['linux-ia32/node.napi.node', '386'],
  ['linux-x64/node.napi.glibc.node', 'amd64'],
  ['linux-x64/node.napi.musl.node', 'amd64'],
  ['win32-arm64/node.napi.node', 'text'],
  ['win32-ia32/node.napi.node', 'text'],
  ['win32-x64/node.napi.node', 'text']
]
export const SERIAL = '/app/node_modules/@serialport/bindings-cpp'
export const SERIAL_PREBUILDS: Array<[string, Kind]> = [
  ['android-arm/@serialport+bindings-cpp.armv7.node', 'arm'],
  ['android-arm64/@serialport+bindings-cpp.armv8.node', 'arm64'],
  ['darwin-x64+arm64/@serialport+bindings-cpp.node', 'text'],
  ['linux-arm/@serialport+bindings-cpp.armv6.glibc.node', 'arm'],
  ['linux-arm/@serialport+bindings-cpp.armv7.glibc.node', 'arm'],
  ['linux-arm/@serialport+bindings-cpp.armv7.musl.node', 'arm'],
  ['linux-arm64/@serialport+bindings-cpp.armv8.glibc.node', 'arm64'],
  ['linux-arm64/@serialport+bindings-cpp.armv8.musl.node', 'arm64'],
  ['linux-x64/@serialport+bindings-cpp.glibc.node', 'amd64'],
  ['linux-x64/@serialport+bindings-cpp.musl.node', 'amd64'],
  ['win32-arm64/@serialport+bindings-cpp.armv8.node', 'text'],
  ['win32-ia32/@serialport+bindings-cpp.node', 'text'],
  ['win32-x64/@serialport+bindings-cpp.node', 'text']
]
export const shipped = (pkg: string, list: Array<[string, Kind]>): Array<[string, Kind]> =>
  list.map(([p, k]) => [`${pkg}/prebuilds/${p}`, k])

/** The fixture binary of each kind (tests/helpers/fixtures.ts), for the ELF ones. */
export const FIXTURE: Record<Exclude<Kind, 'text'>, string> = {
  amd64: 'c-amd64-dyn',
  arm64: 'c-arm64-dyn',
  arm: 'c-armhf-dyn',
  '386': 'c-386-dyn'
}
