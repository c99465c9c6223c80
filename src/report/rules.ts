/** Where each rule is explained: its row in the README's rule table, which carries an anchor named by the id. */
export const INFORMATION_URI = 'https://github.com/multiarch-verify/multiarch-verify'

export function ruleUrl(rule: string): string {
  return `${INFORMATION_URI}#${encodeURIComponent(rule)}`
}
