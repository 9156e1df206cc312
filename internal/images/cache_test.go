package images

import (
	"os"
	"path/filepath"
	"testing"
)

func TestNewestPrefersARefreshedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vigil", "eol.json")

	if d, err := Newest(path); err != nil || d != Default() {
		t.Fatalf("no file: %v, shipped=%v", err, d == Default())
	}

	newer := *Default()
	newer.Compiled = "2099-01-01"
	newer.Products = []Product{{Product: "alpine", Images: []string{"alpine"}, Cycles: []Cycle{{Cycle: "3.99", EOL: "2100-01-01"}}}}
	if err := newer.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	d, err := Newest(path)
	if err != nil || d.Compiled != "2099-01-01" || len(d.Products) != 1 {
		t.Fatalf("refreshed file not used: %v %+v", err, d)
	}

	older := newer
	older.Compiled = "2000-01-01"
	if err := older.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	if d, err := Newest(path); err != nil || d != Default() {
		t.Fatalf("an older file must not replace the shipped data: %v", err)
	}

	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Newest(path); err == nil {
		t.Fatal("a broken data file must be an error")
	}
}
