package vulndb

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkMatch measures a lookup and match of one package against a database of every shared
// record (run with -bench; the import itself is not timed).
func BenchmarkMatch(b *testing.B) {
	dir := b.TempDir()
	db := filepath.Join(dir, "osv.db")
	if _, err := Import(context.Background(), osvtestDir(b), db); err != nil {
		b.Fatal(err)
	}
	d, err := Open(db)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	ctx := context.Background()
	qs := []Query{
		{Ecosystem: "PyPI", Name: "tensorflow", Version: "2.4.0"},
		{Ecosystem: "PyPI", Name: "Django", Version: "3.2.4"},
		{Ecosystem: "Go", Name: "stdlib", Version: "1.21.3"},
		{Ecosystem: "Go", Name: "example.com/none", Version: "1.0.0"},
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := d.Match(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseVuln(f *testing.F) {
	for _, data := range realRecords(f, "go/GO-2020-0001.json", "pypi/PYSEC-2017-105.json") {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := ParseVuln(data)
		if err != nil {
			return
		}
		c := Compile(v)
		for _, a := range v.Affected {
			c.Affects(Query{Ecosystem: a.Package.Ecosystem, Name: a.Package.Name, Version: "1.0.0"})
		}
	})
}

func FuzzArchive(f *testing.F) {
	f.Add(zipOf(f, realRecords(f, "go/GO-2020-0001.json")))
	f.Add(zipOf(f, map[string][]byte{"../x.json": []byte(`{"id":"X"}`)}))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxArchiveBytes: 1 << 20, MaxEntries: 100, MaxRecordBytes: 1 << 20, MaxTotalBytes: 4 << 20}
		_ = eachZipRecord(context.Background(), bytes.NewReader(data), int64(len(data)), "fuzz", lim, func(_ string, raw []byte) error {
			_, err := newRecord(raw)
			return err
		})
	})
}
