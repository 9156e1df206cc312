package vulndb

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// sharedOSV finds shared/data/osv (the real Go and PyPI records beside the repository; CC-BY-4.0,
// see shared/README.md) by walking up from the package directory.
func sharedOSV(t testing.TB) string {
	t.Helper()
	dir, _ := filepath.Abs(".")
	for {
		p := filepath.Join(dir, "shared", "data", "osv")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("shared/data/osv not found above the repository (see shared/README.md)")
		}
		dir = parent
	}
}

// realRecords reads named records of the shared data ("go/GO-2020-0001.json").
func realRecords(t testing.TB, names ...string) map[string][]byte {
	t.Helper()
	root := sharedOSV(t)
	out := map[string][]byte{}
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(root, n))
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(n)] = data
	}
	return out
}

// zipOf builds a zip archive in memory from entries.
func zipOf(t testing.TB, entries map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeFile(t testing.TB, p string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
