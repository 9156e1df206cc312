package rule

import (
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

func valid(id string) *Rule {
	area, _, _ := strings.Cut(id, "/")
	return &Rule{ID: id, Area: finding.Area(area), Severity: finding.High, Title: "t", Description: "d", Remediation: "r"}
}

func TestValidateRejectsBadIDs(t *testing.T) {
	for _, id := range []string{"config/S3", "config", "nothing/x", "config/a_b", "config/-a", "config/a/b"} {
		r := valid("config/x")
		r.ID = id
		if err := r.Validate(); err == nil {
			t.Errorf("id %q accepted", id)
		}
	}
	r := valid("config/x")
	r.Area = finding.Secrets
	if err := r.Validate(); err == nil {
		t.Error("area mismatch accepted")
	}
	r = valid("config/x")
	r.Remediation = ""
	if err := r.Validate(); err == nil {
		t.Error("missing remediation accepted")
	}
}

func TestRegistryLookupAndDuplicates(t *testing.T) {
	a := valid("config/b")
	a.Aliases = []string{"config/old-b"}
	reg, err := NewRegistry(a, valid("access/a"))
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := reg.Lookup("config/old-b"); !ok || got.ID != "config/b" {
		t.Fatalf("alias lookup: %v %v", got, ok)
	}
	if all := reg.All(); all[0].ID != "access/a" {
		t.Fatalf("registry not sorted: %s", all[0].ID)
	}
	if _, err := NewRegistry(valid("config/b"), valid("config/b")); err == nil {
		t.Fatal("duplicate id accepted")
	}
}
