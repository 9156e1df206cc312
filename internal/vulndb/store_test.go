package vulndb

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var realSubset = []string{
	"go/GO-2020-0001.json", // gin, fixed 1.6.0
	"go/GO-2021-0078.json", // golang.org/x/net, fixed at a pseudo-version
	"go/GO-2022-0617.json", // withdrawn
	"pypi/PYSEC-2008-1.json",
	"pypi/PYSEC-2017-105.json", // versions list only, CVSS v3.0
}

func importSubset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range realRecords(t, realSubset...) {
		writeFile(t, filepath.Join(dir, "records", name), data)
	}
	db := filepath.Join(dir, "db", "osv.db")
	st, err := Import(context.Background(), filepath.Join(dir, "records"), db)
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != len(realSubset) || st.Files != len(realSubset) {
		t.Fatalf("imported %+v, want %d records", st, len(realSubset))
	}
	return db
}

func ids(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Vuln.ID)
	}
	return out
}

func TestImportAndMatchRealRecords(t *testing.T) {
	path := importSubset(t)
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	cases := []struct {
		q    Query
		want []string
	}{
		{Query{Ecosystem: "Go", Name: "github.com/gin-gonic/gin", Version: "1.5.0"}, []string{"GO-2020-0001"}},
		{Query{Ecosystem: "Go", Name: "github.com/gin-gonic/gin", Version: "1.6.0"}, nil},
		{Query{Ecosystem: "Go", Name: "golang.org/x/net", Version: "0.0.0-20180724234803-3673e40ba225"}, []string{"GO-2021-0078"}},
		{Query{Ecosystem: "Go", Name: "golang.org/x/net", Version: "0.0.0-20180816102801-aaf60122140d"}, nil},
		{Query{Ecosystem: "Go", Name: "k8s.io/kubernetes", Version: "1.20.0"}, nil}, // withdrawn
		{Query{Ecosystem: "PyPI", Name: "Django", Version: "1.0"}, []string{"PYSEC-2008-1"}},
		{Query{Ecosystem: "PyPI", Name: "apache_atlas", Version: "0.0.11"}, []string{"PYSEC-2017-105"}},
	}
	for _, c := range cases {
		ms, err := db.Match(ctx, c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(ms); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %v, want %v", c.q, got, c.want)
		}
	}
	in, err := db.Info(ctx)
	if err != nil || in.Records != len(realSubset) || in.Withdrawn != 1 || len(in.Sources) != 1 {
		t.Fatalf("info %+v %v", in, err)
	}
}

func TestImportZipAndReimportReplaces(t *testing.T) {
	dir := t.TempDir()
	z := writeFile(t, filepath.Join(dir, "Go", "all.zip"), zipOf(t, realRecords(t, "go/GO-2020-0001.json", "go/GO-2021-0078.json")))
	db := filepath.Join(dir, "osv.db")
	if st, err := Import(context.Background(), z, db); err != nil || st.Records != 2 {
		t.Fatalf("%+v %v", st, err)
	}
	// The same records again: replaced, not duplicated.
	if _, err := Import(context.Background(), dir, db); err != nil {
		t.Fatal(err)
	}
	d, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ms, _ := d.Match(context.Background(), Query{Ecosystem: "Go", Name: "github.com/gin-gonic/gin", Version: "1.0.0"})
	if len(ms) != 1 {
		t.Fatalf("got %d matches after re-import, want 1", len(ms))
	}
}

func TestOpenWithoutDatabase(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "none.db"))
	if !errors.Is(err, ErrNoDatabase) || !strings.Contains(err.Error(), "vigil db update") {
		t.Fatalf("got %v, want ErrNoDatabase with a hint", err)
	}
	junk := writeFile(t, filepath.Join(t.TempDir(), "junk.db"), []byte("not a database"))
	if _, err := Open(junk); err == nil {
		t.Fatal("opened a file that is not a database")
	}
}

// dbDigest is the content of the database file, to prove it was not touched.
func dbDigest(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestBadArchivesLeaveTheDatabaseIntact(t *testing.T) {
	db := importSubset(t)
	before := dbDigest(t, db)
	good := realRecords(t, "go/GO-2020-0001.json")["GO-2020-0001.json"]
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("GO-9999-0001.json")
	w.Write(bytes.Repeat([]byte(" "), 8<<20))
	zw.Close()
	full := zipOf(t, map[string][]byte{"GO-2020-0001.json": good, "b.json": good})
	cases := map[string]struct {
		data []byte
		want string
	}{
		"traversal.zip": {zipOf(t, map[string][]byte{"../../etc/evil.json": good}), "path traversal"},
		"absolute.zip":  {zipOf(t, map[string][]byte{"/etc/evil.json": good}), "absolute"},
		"bomb.zip":      {bomb.Bytes(), "zip bomb"},
		"truncated.zip": {full[:len(full)/2], "truncated or corrupt"},
		"badrecord.zip": {zipOf(t, map[string][]byte{"a.json": good, "b.json": []byte(`{"id": "X", "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "ranges": [{"type": "SEMVER", "events": [{}]}]}]}`)}), "exactly one"},
		"notjson.json":  {[]byte("{ not json"), "not an OSV record"},
	}
	for name, c := range cases {
		p := writeFile(t, filepath.Join(t.TempDir(), name), c.data)
		_, err := ImportWithLimits(context.Background(), p, db, Limits{MaxRecordBytes: 16 << 20})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", name, err, c.want)
		}
		if !bytes.Equal(dbDigest(t, db), before) {
			t.Fatalf("%s: the database changed", name)
		}
		if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(db), ".osv.db.tmp-*")); len(leftovers) > 0 {
			t.Fatalf("%s: temporary files left: %v", name, leftovers)
		}
	}
	if d, err := Open(db); err != nil {
		t.Fatalf("the database no longer opens: %v", err)
	} else {
		d.Close()
	}
}
