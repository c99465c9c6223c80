/** Where each rule is explained: its row in docs/rules.md's rule table, which carries an anchor named by the id. */
export const INFORMATION_URI = 'https://github.com/multiarch-verify/multiarch-verify'
/** The rule catalogue as GitHub shows it, on the default branch. */
export const RULES_URI = `${INFORMATION_URI}/blob/main/docs/rules.md`

export function ruleUrl(rule: string): string {
  return `${RULES_URI}#${encodeURIComponent(rule)}`
}
