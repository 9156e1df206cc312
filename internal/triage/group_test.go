package triage

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

func at(id, path string, line int, subject string) finding.Finding {
	return finding.Finding{RuleID: id, Severity: finding.High, Area: finding.Config, Subject: subject,
		Location: finding.Location{Path: path, StartLine: line}, Fingerprint: finding.Fingerprint(id, path, subject)}
}

func TestGroupKeepsEveryFinding(t *testing.T) {
	secret := func(path string, line int) finding.Finding {
		f := at("secrets/aws-key", path, line, "hash")
		f.Area, f.Fingerprint = finding.Secrets, finding.Fingerprint("secrets/aws-key", "hash") // path-free
		return f
	}
	action := func(path string) finding.Finding {
		f := at("pipeline/unpinned-action", path, 7, path+"/job/step")
		f.RootCause = "actions/checkout@v4"
		return f
	}
	module := func(subject string) finding.Finding {
		f := at("config/x", "modules/b/main.tf", 3, subject)
		f.RootCause = "modules/b/main.tf:aws_s3_bucket.b"
		return f
	}
	advisory := func(id string) finding.Finding {
		return at("dependencies/vulnerable-package", "go.mod", 3, "stdlib@1.22/"+id)
	}
	raw := []finding.Finding{
		action(".github/workflows/a.yml"), action(".github/workflows/b.yml"), action(".github/workflows/c.yml"),
		secret("a.env", 1), secret("b.env", 9),
		module("module.one.aws_s3_bucket.b"), module("module.two.aws_s3_bucket.b"),
		at("config/x", "main.tf", 1, "aws_s3_bucket.other"),
		advisory("GO-1"), advisory("GO-2"), // one line, two problems
		at("config/y", "modules/b/main.tf", 3, "module.one.aws_s3_bucket.b"), // another rule: not grouped
	}
	sup := action(".github/workflows/d.yml")
	sup.Suppression = &finding.Suppression{Kind: finding.SuppressedInline, Source: "d.yml:6"}
	raw = append(raw, sup)
	finding.Sort(raw)

	out := Group(raw)
	if len(out) != 8 {
		t.Fatalf("got %d groups, want 8: %+v", len(out), out)
	}
	total := 0
	for _, g := range out {
		total += g.Occurrences()
	}
	if total != len(raw) {
		t.Fatalf("occurrences add up to %d, want %d", total, len(raw))
	}
	sizes := map[string]int{}
	for _, g := range out {
		sizes[g.RuleID+" "+g.Location.String()] = g.Occurrences()
	}
	want := map[string]int{
		"pipeline/unpinned-action .github/workflows/a.yml:7": 3,
		"pipeline/unpinned-action .github/workflows/d.yml:7": 1, // suppressed: its own group
		"secrets/aws-key a.env:1":                            2,
		"config/x modules/b/main.tf:3":                       2,
		"config/x main.tf:1":                                 1,
		"config/y modules/b/main.tf:3":                       1,
	}
	for k, v := range want {
		if sizes[k] != v {
			t.Errorf("%s: %d occurrences, want %d (all: %v)", k, sizes[k], v, sizes)
		}
	}
}

func TestPrioritize(t *testing.T) {
	public := at("config/rds-publicly-accessible", "db.tf", 1, "aws_db_instance.main")
	unenc := at("config/rds-unencrypted", "db.tf", 1, "aws_db_instance.main")
	lonely := at("config/rds-unencrypted", "db.tf", 9, "aws_db_instance.other")
	test := at("config/rds-unencrypted", "test/fixtures/db.tf", 1, "aws_db_instance.t")
	live := at("secrets/github-pat", "ci.env", 1, "h")
	live.Area, live.Severity, live.Properties = finding.Secrets, finding.Critical, map[string]string{"verified": "live"}
	fs := []finding.Finding{public, unenc, lonely, test, live}
	Prioritize(fs)
	if fs[0].Priority != 85 || fs[1].Priority != 85 || len(fs[0].PriorityReasons) != 1 {
		t.Errorf("exposed+sensitive not raised: %d %v / %d %v", fs[0].Priority, fs[0].PriorityReasons, fs[1].Priority, fs[1].PriorityReasons)
	}
	if fs[2].Priority != 70 || len(fs[2].PriorityReasons) != 0 {
		t.Errorf("lonely finding changed: %d %v", fs[2].Priority, fs[2].PriorityReasons)
	}
	if fs[3].Priority != 50 {
		t.Errorf("test path not lowered: %d", fs[3].Priority)
	}
	if fs[4].Priority != 100 {
		t.Errorf("live secret not raised to the cap: %d", fs[4].Priority)
	}
	top := FixFirst(fs, 2)
	if len(top) != 2 || top[0].RuleID != "secrets/github-pat" {
		t.Errorf("fix-first order wrong: %+v", top)
	}
}
