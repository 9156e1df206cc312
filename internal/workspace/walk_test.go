package workspace

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
)

func write(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func paths(tr *Tree) []string {
	var out []string
	for _, f := range tr.Files {
		out = append(out, f.Path)
	}
	return out
}

func skipReason(tr *Tree, p string) string {
	for _, s := range tr.Skipped {
		if s.Path == p {
			return s.Reason
		}
	}
	return ""
}

func TestWalkPlainDirectory(t *testing.T) {
	root := t.TempDir()
	write(t, root, "main.tf", "resource \"x\" \"y\" {}\n")
	write(t, root, "a/b/c/deep.yaml", "k: v\n")
	write(t, root, "big.txt", strings.Repeat("x", 2048))
	write(t, root, "vendor/lib/x.go", "package x\n")
	write(t, root, ".gitignore", "main.tf\n") // not a git repo: .gitignore has no effect
	outside := t.TempDir()
	write(t, outside, "secret.txt", "s")
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(root, "escape.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../../../../etc/passwd", filepath.Join(root, "a", "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("b/c/deep.yaml", filepath.Join(root, "a", "inside.yaml")); err != nil {
		t.Fatal(err)
	}

	tr, err := Open(context.Background(), root, Options{MaxFileSize: 1024, Exclude: []string{"vendor/**"}})
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	want := []string{".gitignore", "a/b/c/deep.yaml", "main.tf"}
	if got := paths(tr); !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	if r := skipReason(tr, "big.txt"); !strings.HasPrefix(r, "larger than the size limit") {
		t.Errorf("big.txt skip reason %q", r)
	}
	for _, p := range []string{"escape.txt", "a/up"} {
		if r := skipReason(tr, p); r != ReasonSymlinkOutside {
			t.Errorf("%s skip reason %q", p, r)
		}
	}
	if tr.Symlinks != 1 || tr.Git != nil || tr.Ignored != 1 {
		t.Errorf("symlinks=%d ignored=%d git=%v", tr.Symlinks, tr.Ignored, tr.Git)
	}
	if _, err := tr.ReadFile("escape.txt"); err == nil {
		t.Error("ReadFile followed a symlink out of the root")
	}
}

func TestLoadSkipsBinary(t *testing.T) {
	root := t.TempDir()
	write(t, root, "blob.dat", "abc\x00def")
	write(t, root, "img.png", "not really a png")
	write(t, root, "ok.yml", "apiVersion: v1\nkind: Pod\n")
	tr, err := Open(context.Background(), root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tr.Files {
		f, skip := tr.Load(e)
		switch e.Path {
		case "blob.dat", "img.png":
			if skip == nil || skip.Reason != ReasonBinary {
				t.Errorf("%s: want binary skip, got %+v", e.Path, skip)
			}
		case "ok.yml":
			if f == nil || f.Kind != KindKubernetes {
				t.Errorf("ok.yml: %+v %+v", f, skip)
			}
		}
	}
}

func initRepo(t *testing.T, root string) *git.Repository {
	t.Helper()
	repo, err := git.PlainInit(root, false)
	if err != nil {
		t.Fatal(err)
	}
	return repo
}

func commitAll(t *testing.T, repo *git.Repository, msg string) {
	t.Helper()
	wt, _ := repo.Worktree()
	if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	sig := &object.Signature{Name: "t", Email: "t@example.com", When: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit(msg, &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
}

func TestWalkHonoursGitignore(t *testing.T) {
	root := t.TempDir()
	initRepo(t, root)
	write(t, root, ".gitignore", "*.log\nbuild/\n!keep.log\n")
	write(t, root, "app.log", "x")
	write(t, root, "keep.log", "x")
	write(t, root, "build/out.js", "x")
	write(t, root, "svc/.gitignore", "local.env\n")
	write(t, root, "svc/local.env", "x")
	write(t, root, "svc/main.go", "package main")
	write(t, root, "other/local.env", "x")

	tr, err := Open(context.Background(), root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{".gitignore", "keep.log", "other/local.env", "svc/.gitignore", "svc/main.go"}
	if got := paths(tr); !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	// A review of a subfolder still honours the ignores above it.
	sub, err := Open(context.Background(), filepath.Join(root, "svc"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(sub); !slices.Equal(got, []string{".gitignore", "main.go"}) {
		t.Fatalf("subfolder files = %v", got)
	}
	all, err := Open(context.Background(), root, Options{NoIgnore: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Files) != 8 {
		t.Fatalf("--no-ignore found %d files: %v", len(all.Files), paths(all))
	}
}

func TestChangedSince(t *testing.T) {
	root := t.TempDir()
	repo := initRepo(t, root)
	write(t, root, "same.tf", "a\n")
	write(t, root, "edited.tf", "b\n")
	write(t, root, "svc/touched.yml", "c\n")
	commitAll(t, repo, "base")
	head, _ := repo.Head()
	base := head.Hash().String()

	write(t, root, "edited.tf", "b changed\n")
	write(t, root, "new.tf", "n\n")
	write(t, root, "committed.tf", "x\n")
	commitAll(t, repo, "second")
	// Rewrite with the same content: mtime changes, content does not.
	write(t, root, "svc/touched.yml", "c\n")

	tr, err := Open(context.Background(), root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	changed, err := tr.ChangedSince(base)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for p := range changed {
		got = append(got, p)
	}
	slices.Sort(got)
	if want := []string{"committed.tf", "edited.tf", "new.tf"}; !slices.Equal(got, want) {
		t.Fatalf("changed = %v, want %v", got, want)
	}
	if _, err := tr.ChangedSince("no-such-ref"); err == nil {
		t.Fatal("want an error for an unknown revision")
	}
}

func TestDetectKind(t *testing.T) {
	cases := []struct {
		path, head string
		want       Kind
	}{
		{"infra/main.tf", "", KindTerraform},
		{"prod.auto.tfvars", "", KindTerraformVars},
		{"plan.json", `{"format_version":"1.2","terraform_version":"1.9.0"}`, KindTerraformPlan},
		{"stack.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n", KindCloudFormation},
		{"templates/stack.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n", KindCloudFormation},
		{"k8s/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\n", KindKubernetes},
		{"chart/templates/deploy.yaml", "apiVersion: apps/v1\nkind: {{ .Values.kind }}\n", KindHelmTemplate},
		{"chart/Chart.yaml", "", KindHelmChart},
		{"Dockerfile", "", KindDockerfile},
		{"build/api.Dockerfile", "", KindDockerfile},
		{"docker-compose.prod.yml", "", KindCompose},
		{".github/workflows/ci.yml", "", KindGitHubWorkflow},
		{".github/actions/setup/action.yml", "", KindGitHubAction},
		{".github/dependabot.yml", "", KindDependabot},
		{".gitlab-ci.yml", "", KindGitLabCI},
		{"web/package-lock.json", "", KindLockfile},
		{"requirements-dev.txt", "", KindLockfile},
		{"go.mod", "", KindManifest},
		{".env.production", "", KindEnvFile},
		{"config/app.yaml", "name: x\n", KindYAML},
		{"README.md", "# hi", KindText},
	}
	for _, c := range cases {
		if got := DetectKind(c.path, []byte(c.head)); got != c.want {
			t.Errorf("DetectKind(%q) = %s, want %s", c.path, got, c.want)
		}
	}
}

// A review two or more folders below the work tree's top keeps its prefix (history and
// --changed-since look the folder up by it) and honours every .gitignore above it.
func TestNestedSubfolderOfARepository(t *testing.T) {
	root := t.TempDir()
	repo := initRepo(t, root)
	write(t, root, "app/.gitignore", "*.log\n")
	write(t, root, "app/sub/main.go", "package main\n")
	write(t, root, "app/sub/debug.log", "x")
	write(t, root, "app/sub/deep/x.tf", "a\n")
	commitAll(t, repo, "base")
	head, _ := repo.Head()
	write(t, root, "app/sub/deep/x.tf", "b\n")

	tr, err := Open(context.Background(), filepath.Join(root, "app", "sub", "deep"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.Git.Prefix(); got != "app/sub/deep" {
		t.Fatalf("prefix %q, want app/sub/deep", got)
	}
	sub, err := Open(context.Background(), filepath.Join(root, "app", "sub"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(sub); !slices.Equal(got, []string{"deep/x.tf", "main.go"}) {
		t.Fatalf("files %v: the ignore two folders up was not honoured", got)
	}
	changed, err := sub.ChangedSince(head.Hash().String())
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 1 || !changed["deep/x.tf"] {
		t.Fatalf("changed %v, want only deep/x.tf", changed)
	}
}

func TestExcludedPaths(t *testing.T) {
	globs := []string{"vendor/**", "**/testdata/**", "*.log", "build"}
	for p, want := range map[string]bool{
		"vendor/a/b.go": true, "internal/x/testdata/y.yaml": true, "app.log": true, "build/out.js": true,
		"src/main.go": false, "logs/app.txt": false, "vendored/x.go": false, "a/build.go": false,
	} {
		if got := Excluded(globs, p); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", p, got, want)
		}
	}
}
