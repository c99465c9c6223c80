/** The action's entry. */
import { run } from './main.js'

void run()
