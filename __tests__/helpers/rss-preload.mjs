/**
 * Preloaded into a CLI run (`node --import file:///…/rss-preload.mjs`) to measure it: on exit, writes the process's
 * peak resident set size in bytes (worker threads included) to the file named by MV_RSS_FILE.
 */
import { writeFileSync } from 'node:fs'

const file = process.env.MV_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)))
