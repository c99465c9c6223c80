#!/usr/bin/env node
/**
 * Draws the golden comments (__tests__/report/golden/*.md) as a reviewer sees them on GitHub: GFM rendered by micromark
 * with its GFM extension, GitHub's own Markdown stylesheet (github-markdown-css), in headless Chromium (Debian's
 * /usr/bin/chromium driven by playwright-core; no browser is downloaded; the emoji need Debian's
 * fonts-noto-color-emoji). Two screenshots per comment: as it opens (<details> closed) and with every <details> open.
 * Look at them after changing the renderer.
 *
 *   node scripts/render-comments.mjs [OUT_DIR] [FILE.md ...]     (default OUT_DIR: .tmp/comments)
 *   node scripts/render-comments.mjs --readme
 *
 * --readme draws the README's picture, docs/images/pr-comment.png: the seed bug's golden (the golang:alpine image with
 * GOARCH=amd64 hard-coded) as it opens, and records that golden's sha256 in docs/images/pr-comment.json; a unit test
 * fails when the golden changes and the picture is not drawn again.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { chromium } from 'playwright-core'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium'

const readmePicture = process.argv.includes('--readme')
const [outArg, ...files] = process.argv.slice(2).filter(a => a !== '--readme')
const golden = join(ROOT, '__tests__', 'report', 'golden')
const README_GOLDEN = join(golden, 'seed-golang-alpine.md')
const out = readmePicture ? join(ROOT, 'docs', 'images') : resolve(outArg || join(ROOT, '.tmp', 'comments'))
const inputs = readmePicture
  ? [README_GOLDEN]
  : files.length
    ? files
    : (await readdir(golden)).filter(f => f.endsWith('.md')).map(f => join(golden, f))

const css = await readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
const page = body => `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { background: #fff; margin: 0; }
.comment { max-width: 900px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 14px sans-serif; }
.markdown-body { padding: 16px; }
</style></head><body><div class="comment"><header><b>github-actions</b> bot commented</header>
<article class="markdown-body">${body}</article></div></body></html>`

await mkdir(out, { recursive: true })
const profile = await mkdtemp(join(tmpdir(), 'mv-chromium-'))
// A fresh profile each time, removed afterwards.
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 940, height: 600 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
})
try {
  const tab = await browser.newPage()
  // Nothing leaves the machine: links and images in a comment are not fetched.
  await tab.route('**/*', route => (route.request().url().startsWith('file:') ? route.continue() : route.abort()))
  for (const file of inputs) {
    const md = await readFile(file, 'utf8')
    const html = micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
    const name = readmePicture ? 'pr-comment' : basename(file, '.md')
    // The page is written beside the pictures, but not kept with the README's.
    const htmlFile = join(readmePicture ? profile : out, `${name}.html`)
    await writeFile(htmlFile, page(html))
    await tab.goto(`file://${htmlFile}`)
    await tab.screenshot({ path: join(out, `${name}.png`), fullPage: true })
    if (readmePicture) {
      const sha256 = createHash('sha256').update(md).digest('hex')
      const record = { golden: relative(ROOT, file), sha256, drawnBy: 'npm run render:comments -- --readme' }
      await writeFile(join(out, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`)
      console.log(`${name}: ${relative(ROOT, join(out, `${name}.png`))} from ${record.golden}`)
      continue
    }
    // eslint-disable-next-line no-undef -- runs in the page
    await tab.evaluate(() => document.querySelectorAll('details').forEach(d => d.setAttribute('open', '')))
    await tab.screenshot({ path: join(out, `${name}-open.png`), fullPage: true })
    console.log(`${name}: ${join(out, `${name}.png`)} and ${name}-open.png`)
  }
} finally {
  await browser.close()
  await rm(profile, { recursive: true, force: true })
}
