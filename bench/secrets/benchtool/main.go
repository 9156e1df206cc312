// Command benchtool drives the secrets benchmark: it generates a deterministic corpus with secrets
// planted at known places (gen), runs Vigil's secrets analyzer through the review engine on a folder
// (scan), and scores the findings of Vigil and gitleaks against the planted set (score). run.sh
// calls it; see bench/secrets/README.md.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtool gen DIR MB | scan DIR OUT.json | score MANIFEST VIGIL.json GITLEAKS.json VIGIL.time GITLEAKS.time")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "scan":
		err = scan(os.Args[2:])
	case "score":
		err = score(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtool:", err)
		os.Exit(1)
	}
}
