package vulndb

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// osvServer serves BASE/<Ecosystem>/all.zip like the OSV export, with an ETag, Last-Modified,
// x-goog-hash and conditional requests. mode breaks it on purpose.
type osvServer struct {
	mu       sync.Mutex
	archives map[string][]byte
	etag     string
	mode     string // "", "truncate", "badmd5", "404"
	requests []string
}

func (s *osvServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r.URL.Path+" if-none-match="+r.Header.Get("If-None-Match"))
	eco := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), "/all.zip")
	data, ok := s.archives[eco]
	if !ok || s.mode == "404" {
		http.NotFound(w, r)
		return
	}
	if r.Header.Get("If-None-Match") == s.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	sum := md5.Sum(data)
	if s.mode == "badmd5" {
		sum[0] ^= 0xff
	}
	w.Header().Set("ETag", s.etag)
	w.Header().Set("Last-Modified", "Mon, 23 Nov 2026 10:00:00 GMT")
	w.Header().Set("X-Goog-Hash", "crc32c=AAAAAA==,md5="+base64.StdEncoding.EncodeToString(sum[:]))
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	if s.mode == "truncate" {
		w.Write(data[:len(data)/2]) // the connection ends early
		return
	}
	w.Write(data)
}

func TestUpdateDownloadsCachesAndReplacesAtomically(t *testing.T) {
	srv := &osvServer{etag: `"v1"`, archives: map[string][]byte{
		"Go":   zipOf(t, realRecords(t, "go/GO-2020-0001.json", "go/GO-2021-0078.json")),
		"PyPI": zipOf(t, realRecords(t, "pypi/PYSEC-2008-1.json")),
	}}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	db := filepath.Join(t.TempDir(), "cache", "osv.db")
	ctx := context.Background()
	opts := UpdateOptions{BaseURL: ts.URL, Ecosystems: []string{"Go", "PyPI"}, Client: ts.Client()}

	st, err := Update(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Ecosystems) != 2 || st.Ecosystems[0].Records != 2 || st.Ecosystems[1].Records != 1 {
		t.Fatalf("first update: %+v", st)
	}
	// Unchanged on the server: conditional requests, nothing downloaded, nothing rewritten.
	before := dbDigest(t, db)
	st, err = Update(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Ecosystems[0].NotModified || !st.Ecosystems[1].NotModified {
		t.Fatalf("second update downloaded again: %+v", st)
	}
	if got := srv.requests[len(srv.requests)-1]; !strings.HasSuffix(got, `if-none-match="v1"`) {
		t.Fatalf("no conditional request: %s", got)
	}
	if !bytes.Equal(dbDigest(t, db), before) {
		t.Fatal("a not-modified update rewrote the database")
	}

	// A new export drops a record: the ecosystem's records are replaced, not merged.
	srv.mu.Lock()
	srv.etag = `"v2"`
	srv.archives["Go"] = zipOf(t, realRecords(t, "go/GO-2021-0078.json"))
	srv.mu.Unlock()
	if _, err := Update(ctx, db, opts); err != nil {
		t.Fatal(err)
	}
	d, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := d.Match(ctx, Query{Ecosystem: "Go", Name: "github.com/gin-gonic/gin", Version: "1.0.0"})
	info, _ := d.Info(ctx)
	d.Close()
	if len(ms) != 0 || info.Records != 2 {
		t.Fatalf("after replacement: %d gin matches, %d records; want 0 and 2", len(ms), info.Records)
	}

	// Broken downloads fail clearly and leave the database as it was.
	before = dbDigest(t, db)
	for mode, want := range map[string]string{"truncate": "truncated", "badmd5": "MD5", "404": "404"} {
		srv.mu.Lock()
		srv.mode, srv.etag = mode, `"v-`+mode+`"`
		srv.mu.Unlock()
		_, err := Update(ctx, db, opts)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one mentioning %q", mode, err, want)
		}
		if !bytes.Equal(dbDigest(t, db), before) {
			t.Fatalf("%s: the database changed", mode)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(db), ".osv*")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestUpdateRefusesUnsafeArchive(t *testing.T) {
	srv := &osvServer{etag: `"x"`, archives: map[string][]byte{
		"npm": zipOf(t, map[string][]byte{"../escape.json": []byte(`{"id":"X-1"}`)}),
	}}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	db := filepath.Join(t.TempDir(), "osv.db")
	_, err := Update(context.Background(), db, UpdateOptions{BaseURL: ts.URL, Ecosystems: []string{"npm"}, Client: ts.Client()})
	if err == nil || !strings.Contains(err.Error(), "path traversal") {
		t.Fatalf("got %v", err)
	}
	if _, err := Open(db); err == nil {
		t.Fatal("a database was created from a refused archive")
	}
}

func TestUpdateRebuildsADatabaseItCannotRead(t *testing.T) {
	srv := &osvServer{etag: `"x"`, archives: map[string][]byte{"Go": zipOf(t, realRecords(t, "go/GO-2020-0001.json"))}}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	db := writeFile(t, filepath.Join(t.TempDir(), "osv.db"), []byte("an old or foreign file"))
	if _, err := Update(context.Background(), db, UpdateOptions{BaseURL: ts.URL, Ecosystems: []string{"Go"}, Client: ts.Client()}); err != nil {
		t.Fatal(err)
	}
	d, err := Open(db)
	if err != nil {
		t.Fatalf("after the rebuild: %v", err)
	}
	defer d.Close()
	if ms, _ := d.Match(context.Background(), Query{Ecosystem: "Go", Name: "github.com/gin-gonic/gin", Version: "1.0.0"}); len(ms) != 1 {
		t.Fatalf("%d matches", len(ms))
	}
}
