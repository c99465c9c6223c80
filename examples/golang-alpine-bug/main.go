// A tiny server stand-in: it prints a line and exits.
package main

import "os"

func main() {
	os.Stdout.WriteString("hello from the multiarch-verify example\n")
}
