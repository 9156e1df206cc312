package analyzers

import (
	"io/fs"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/engine"
)

// TestEveryRuleHasTestdata enforces the house rule: each rule has at least one positive case
// (`want:`) and one near miss (`ok:`) in some testdata folder of the repository.
func TestEveryRuleHasTestdata(t *testing.T) {
	all, err := All(Options{Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := engine.Registry(all)
	if err != nil {
		t.Fatal(err)
	}
	wants, oks := map[string]int{}, map[string]int{}
	root := filepath.Join("..")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || d.Name() != "testdata" {
			return err
		}
		exps, err := analysistest.Expectations(p)
		if err != nil {
			return err
		}
		for _, e := range exps {
			if e.Kind == analysistest.Want {
				wants[e.Rule]++
			} else {
				oks[e.Rule]++
			}
		}
		return filepath.SkipDir
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reg.All() {
		if wants[r.ID] == 0 {
			t.Errorf("%s has no positive testdata (a `want: %s` marker)", r.ID, r.ID)
		}
		if oks[r.ID] == 0 {
			t.Errorf("%s has no negative testdata (an `ok: %s` marker)", r.ID, r.ID)
		}
	}
	for id := range wants {
		if _, ok := reg.Lookup(id); !ok {
			t.Errorf("testdata expects unknown rule %s", id)
		}
	}
}
