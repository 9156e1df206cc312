// Package osvtest gives tests the real OSV records in shared/data/osv (the Go vulnerability database
// and the PyPA advisory database, CC-BY-4.0; see shared/README.md) without copying them into the
// repository.
package osvtest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Dir finds shared/data/osv by walking up from the working directory (a package directory under
// test), as the shared folder sits beside the repository's root.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := Find()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Find is Dir for code without a testing.TB (a TestMain). VIGIL_SHARED names the shared folder
// for a clone that does not sit beside it.
func Find() (string, error) {
	if shared := os.Getenv("VIGIL_SHARED"); shared != "" {
		p := filepath.Join(shared, "data", "osv")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, nil
		}
		return "", errors.New("VIGIL_SHARED: " + p + " is not a folder")
	}
	dir, _ := filepath.Abs(".")
	for {
		p := filepath.Join(dir, "shared", "data", "osv")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("shared/data/osv not found above the repository (see shared/README.md), and VIGIL_SHARED is not set")
		}
		dir = parent
	}
}

// Records reads records by their path below shared/data/osv ("go/GO-2020-0001.json"), keyed by
// file name.
func Records(t testing.TB, rels ...string) map[string][]byte {
	t.Helper()
	root := Dir(t)
	out := map[string][]byte{}
	for _, rel := range rels {
		data, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(rel)] = data
	}
	return out
}
