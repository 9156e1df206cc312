package analyzers_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analyzers"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// generateTree writes n files of mixed kinds, deterministically, in a realistic folder layout.
func generateTree(b *testing.B, n int) (string, int64) {
	b.Helper()
	root := b.TempDir()
	var total int64
	for i := range n {
		dir := filepath.Join(root, fmt.Sprintf("svc%03d", i/100), []string{"infra", "k8s", "src", "ci", "docs"}[i%5])
		var name, body string
		switch i % 10 {
		case 0, 1:
			name = fmt.Sprintf("main%d.tf", i)
			body = fmt.Sprintf("resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"bucket-%d\"\n}\n\nresource \"aws_security_group\" \"sg%d\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n", i, i, i)
		case 2, 3:
			name = fmt.Sprintf("deploy%d.yaml", i)
			body = fmt.Sprintf("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app%d\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.%d.0\n          resources:\n            limits: {cpu: 100m, memory: 128Mi}\n", i, i)
		case 4:
			name = "Dockerfile"
			dir = filepath.Join(dir, fmt.Sprintf("img%d", i))
			body = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD [\"/app\"]\n"
		case 5:
			name = fmt.Sprintf("wf%d.yml", i)
			dir = filepath.Join(root, fmt.Sprintf("svc%03d", i/100), ".github", "workflows")
			body = "name: ci\non: [push]\npermissions: {contents: read}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1\n      - run: go test ./...\n"
		case 6, 7, 8:
			name = fmt.Sprintf("file%d.go", i)
			body = fmt.Sprintf("package svc\n\n// Handler %d serves requests.\nfunc Handler%d(x int) int {\n\tconst apiBase = \"https://api.example.com/v1\"\n\t_ = apiBase\n\treturn x * %d\n}\n", i, i, i)
			for range 20 {
				body += fmt.Sprintf("\nfunc helper%d_%d(s string) string { return s + \"%d\" }\n", i, len(body), i)
			}
		default:
			name = fmt.Sprintf("notes%d.md", i)
			body = fmt.Sprintf("# Service %d\n\nRun `make deploy` after review. Contact the on-call engineer.\n", i)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(body))
	}
	return root, total
}

// BenchmarkReview reviews a generated tree of 10,000 files with every analyzer and reports files/s.
func BenchmarkReview(b *testing.B) {
	root, size := generateTree(b, 10000)
	all, err := analyzers.All(analyzers.Options{Now: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		rep, err := engine.Review(context.Background(), engine.Config{Target: root, Analyzers: all})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Scope.Files != 10000 {
			b.Fatalf("reviewed %d files", rep.Scope.Files)
		}
	}
	b.ReportMetric(float64(10000*b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkWalk measures the walk alone, to show it is not the bottleneck of a review.
func BenchmarkWalk(b *testing.B) {
	root, _ := generateTree(b, 10000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		t, err := workspace.Open(context.Background(), root, workspace.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(t.Files) != 10000 {
			b.Fatalf("walked %d files", len(t.Files))
		}
		t.Close()
	}
	b.ReportMetric(float64(10000*b.N)/b.Elapsed().Seconds(), "files/s")
}
