// Command gen writes a deterministic set of GitHub Actions workflows for the pipeline benchmark:
// varied triggers, jobs, containers, services, matrices, expressions and scripts, some secure and
// some not, so both tools exercise their parsers and checks.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "", "directory to write the repository into (its .github/workflows is created)")
	n := flag.Int("n", 5000, "number of workflows")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		log.Fatal("gen: -out is required")
	}
	dir := filepath.Join(*out, ".github", "workflows")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	r := rand.New(rand.NewPCG(*seed, 0x5eed))
	for i := range *n {
		name := filepath.Join(dir, fmt.Sprintf("wf-%05d.yml", i))
		if err := os.WriteFile(name, []byte(workflow(r, i)), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

var (
	triggers = []string{"push:\n    branches: [main]", "pull_request:", "pull_request_target:\n    types: [opened, synchronize]",
		"issue_comment:\n    types: [created]", "workflow_dispatch:", "schedule:\n    - cron: '0 3 * * 1'", "release:\n    types: [published]",
		"workflow_run:\n    workflows: [ci]\n    types: [completed]", "issues:\n    types: [opened]"}
	actions = []string{"actions/checkout@v4", "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2",
		"actions/setup-go@v5", "actions/setup-node@v4", "actions/cache@v4", "actions/upload-artifact@v4",
		"docker/login-action@v3", "docker/build-push-action@v6", "softprops/action-gh-release@v2",
		"aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2"}
	runs = []string{"make build", "go test ./...", "npm ci\nnpm test", "npm install", "pip install -r requirements.txt",
		"curl -fsSL https://example.com/install.sh | bash", "echo \"${{ github.event.issue.title }}\"",
		"echo \"sha=${{ github.sha }}\" >> \"$GITHUB_OUTPUT\"", "go install golang.org/x/tools/cmd/goimports@latest",
		"docker build -t app:${{ github.sha }} .", "./scripts/deploy.sh \"$ENVIRONMENT\"", "if [ -f go.mod ]; then\n  go vet ./...\nfi",
		"for f in $(ls dist); do\n  sha256sum \"dist/$f\"\ndone", "echo \"${{ steps.meta.outputs.tags }}\""}
	images = []string{"node:20", "golang:1.23@sha256:4ec37d2a07a0067f176fdcc9d4bb633a5724d2cc4f892c7a2046d054bb6939e5", "python:3.12-slim", "ubuntu:24.04"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func indent(s, pre string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = pre + lines[i]
	}
	return strings.Join(lines, "\n")
}

func workflow(r *rand.Rand, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "name: workflow %d\non:\n", i)
	for k := 0; k < 1+r.IntN(3); k++ {
		fmt.Fprintf(&b, "  %s\n", pick(r, triggers))
	}
	if r.IntN(3) > 0 {
		b.WriteString("permissions:\n  contents: read\n")
	}
	if r.IntN(4) == 0 {
		b.WriteString("env:\n  GO_VERSION: '1.23'\n  API_TOKEN: ${{ secrets.API_TOKEN }}\n")
	}
	b.WriteString("jobs:\n")
	jobs := 1 + r.IntN(5)
	for j := range jobs {
		fmt.Fprintf(&b, "  job%d:\n", j)
		if j > 0 && r.IntN(2) == 0 {
			fmt.Fprintf(&b, "    needs: [job%d]\n", r.IntN(j))
		}
		if r.IntN(6) == 0 {
			b.WriteString("    runs-on: [self-hosted, linux]\n")
		} else {
			b.WriteString("    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest, macos-latest]\n")
		}
		if r.IntN(5) == 0 {
			fmt.Fprintf(&b, "    container:\n      image: %s\n", pick(r, images))
		}
		if r.IntN(6) == 0 {
			b.WriteString("    services:\n      db:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: postgres\n")
		}
		if r.IntN(7) == 0 {
			b.WriteString("    environment: production\n    if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'\n")
		}
		b.WriteString("    steps:\n")
		steps := 3 + r.IntN(13)
		for s := range steps {
			if r.IntN(2) == 0 {
				fmt.Fprintf(&b, "      - uses: %s\n", pick(r, actions))
				if r.IntN(3) == 0 {
					b.WriteString("        with:\n          persist-credentials: false\n")
				}
				continue
			}
			fmt.Fprintf(&b, "      - name: step %d\n", s)
			if r.IntN(5) == 0 {
				fmt.Fprintf(&b, "        id: s%d\n", s)
			}
			if r.IntN(6) == 0 {
				b.WriteString("        if: ${{ success() && contains(github.event.head_commit.message, '[deploy]') }}\n")
			}
			if r.IntN(5) == 0 {
				b.WriteString("        env:\n          TITLE: ${{ github.event.pull_request.title }}\n          ENVIRONMENT: staging\n")
			}
			script := pick(r, runs)
			if strings.Contains(script, "\n") {
				fmt.Fprintf(&b, "        run: |\n%s\n", indent(script, "          "))
			} else {
				fmt.Fprintf(&b, "        run: %s\n", script)
			}
		}
	}
	return b.String()
}
