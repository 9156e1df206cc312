package analysistest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Error(args ...any) {
	r.errs = append(r.errs, args[0].(string))
}

func TestExpectationsAndCheck(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "main.tf"), []byte("a = 1 # want: config/a config/b\nb = 2 # ok: config/a\n// want-file: config/c\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "plan.json"), []byte("{}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "plan.json.want"), []byte("# comment\n1 want: config/d\n"), 0o644)
	exps, err := Expectations(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(exps) != 5 {
		t.Fatalf("got %d expectations: %+v", len(exps), exps)
	}
	at := func(p string, line int, id string) finding.Finding {
		return finding.Finding{RuleID: id, Location: finding.Location{Path: p, StartLine: line}}
	}
	ok := []finding.Finding{at("main.tf", 1, "config/a"), at("main.tf", 1, "config/b"), at("main.tf", 0, "config/c"), at("plan.json", 1, "config/d")}
	r := &recorder{TB: t}
	Check(r, ok, exps)
	if len(r.errs) != 0 {
		t.Fatalf("a matching set failed: %v", r.errs)
	}
	bad := append(ok[1:], at("main.tf", 2, "config/a"), at("main.tf", 7, "config/e"))
	r = &recorder{TB: t}
	Check(r, bad, exps)
	if len(r.errs) != 4 { // missing a, ok contradicted, and two unexpected (line 2 a, line 7 e)
		t.Fatalf("got %d problems: %v", len(r.errs), r.errs)
	}
}
