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
	newer.Products = []Product{
		{Product: "alpine", Images: []string{"alpine-renamed"}, Cycles: []Cycle{{Cycle: "3.99", EOL: "2100-01-01"}}},
		{Product: "unknown-to-this-binary", Images: []string{"x"}, Cycles: []Cycle{{Cycle: "1", EOL: "2000-01-01"}}},
	}
	if err := writeData(&newer, path); err != nil {
		t.Fatal(err)
	}
	d, err := Newest(path)
	if err != nil || d.Compiled != "2099-01-01" || len(d.Products) != len(Default().Products) {
		t.Fatalf("refreshed file not laid over the shipped data: %v", err)
	}
	// Dates come from the refresh; products and image names stay the binary's.
	alpine, golang := d.product("alpine"), d.product("golang")
	if alpine == nil || len(alpine.Cycles) != 1 || alpine.Cycles[0].Cycle != "3.99" {
		t.Fatalf("alpine cycles not refreshed: %+v", alpine)
	}
	if golang == nil || len(golang.Cycles) != len(Default().product("golang").Cycles) {
		t.Fatalf("a product the refresh lacks must keep the shipped cycles: %+v", golang)
	}
	if d.product("x") != nil {
		t.Fatal("a product unknown to the binary was taken from the refresh")
	}

	older := newer
	older.Compiled = "2000-01-01"
	if err := writeData(&older, path); err != nil {
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

func writeData(d *Data, path string) error {
	b, err := d.Marshal()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
