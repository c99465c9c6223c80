/** Showing user-controlled text (names from an image, messages quoting them) safely. Pure. */

/**
 * Control characters (C0, DEL, C1) as `\xNN`, except those in `keep`: a name holding CR, LF or ESC can then neither
 * forge an output line nor drive a terminal.
 */
export function showControls(text: string, keep = ''): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ch =>
    keep.includes(ch) ? ch : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
}

/** "an x86-64", "an arm64", "a PowerPC64": by the sound of the first letter, close enough for these names. */
export function article(word: string): string {
  return /^[aeiou]|^x86|^s390|^(386|8)/i.test(word) ? `an ${word}` : `a ${word}`
}
