/**
 * An image's own fault (a corrupt blob: a UserError from the source) makes that platform unreadable, a finding about
 * the image; an error that is not the image's (a bug here: a TypeError) is not passed off as one. The source is a
 * stand-in at the edge of this unit test.
 */
import { UserError } from '../../src/errors.js'
import type { ImageSource } from '../../src/image/source.js'
import { inspectSource } from '../../src/inspect/platforms.js'
import { MediaType } from '../../src/image/types.js'

function sourceWhoseLayerThrows(err: Error): ImageSource {
  const manifest = {
    schemaVersion: 2,
    config: { mediaType: MediaType.OciConfig, digest: 'sha256:c', size: 2 },
    layers: [{ mediaType: 'x', digest: 'sha256:l', size: 1 }]
  }
  return {
    name: 'stand-in',
    rootIndex: async () => ({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: MediaType.OciManifest,
          digest: 'sha256:m',
          size: 1,
          platform: { os: 'linux', architecture: 'amd64' }
        }
      ]
    }),
    json: async <T>(desc: { digest: string }): Promise<T> =>
      (desc.digest === 'sha256:m' ? manifest : { os: 'linux', architecture: 'amd64', config: {} }) as T,
    blob: async () => {
      throw err
    },
    close: async () => {}
  } as unknown as ImageSource
}

test("a corrupt layer is the image's finding: the platform is unreadable, with the reason", async () => {
  const [facts] = await inspectSource(sourceWhoseLayerThrows(new UserError('layer sha256:l does not match its digest')))
  expect(facts).toMatchObject({ status: 'unreadable', error: 'layer sha256:l does not match its digest' })
})

test('a bug is not reported as an unreadable image: it propagates', async () => {
  await expect(
    inspectSource(sourceWhoseLayerThrows(new TypeError("Cannot read properties of undefined (reading 'x')")))
  ).rejects.toThrow(TypeError)
})
