package vulndb

import (
	"context"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultBaseURL is the public OSV export: BASE/<Ecosystem>/all.zip.
const DefaultBaseURL = "https://osv-vulnerabilities.storage.googleapis.com"

// DefaultEcosystems are the ecosystems that the lockfile extractors produce.
var DefaultEcosystems = []string{"Go", "npm", "PyPI", "crates.io", "RubyGems", "Packagist", "Maven", "NuGet", "GitHub Actions"}

// UpdateOptions configure an update.
type UpdateOptions struct {
	// BaseURL serves BASE/<Ecosystem>/all.zip; empty means DefaultBaseURL.
	BaseURL string
	// Ecosystems to fetch; empty means DefaultEcosystems.
	Ecosystems []string
	// Client makes the requests; nil means a client with a 10-minute timeout.
	Client *http.Client
	Limits Limits
	// UserAgent is sent with each request.
	UserAgent string
}

// EcosystemUpdate is the outcome for one ecosystem.
type EcosystemUpdate struct {
	Ecosystem string
	// NotModified is set when the server answered 304 to the cached ETag or Last-Modified.
	NotModified bool
	Records     int
	Bytes       int64
}

// UpdateStats is the outcome of an update.
type UpdateStats struct {
	Ecosystems []EcosystemUpdate
}

// Update downloads each ecosystem's all.zip from the base URL into the database at dbPath. Requests
// carry the ETag and Last-Modified of the previous download, so an unchanged export is not fetched
// again. A download is checked before anything is written: its length against Content-Length, its
// MD5 against the x-goog-hash header when the server sends one, its zip structure and checksums,
// the limits, and every record against the schema. The new records of all ecosystems then replace
// the old ones in a single atomic replacement of the database file: a failed, partial or corrupt
// download leaves the existing database intact.
func Update(ctx context.Context, dbPath string, opts UpdateOptions) (UpdateStats, error) {
	var st UpdateStats
	base := strings.TrimRight(opts.BaseURL, "/")
	if base == "" {
		base = DefaultBaseURL
	}
	if _, err := url.Parse(base); err != nil {
		return st, fmt.Errorf("base URL %q: %w", base, err)
	}
	ecos := opts.Ecosystems
	if len(ecos) == 0 {
		ecos = DefaultEcosystems
	}
	client := opts.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Minute}
	}
	lim := opts.Limits.orDefault()
	prev := map[string]Source{}
	rebuild := false
	if d, err := Open(dbPath); err == nil {
		srcs, err := readSources(ctx, d.sql)
		d.Close()
		if err != nil {
			return st, err
		}
		for _, s := range srcs {
			prev[s.Name] = s
		}
	} else if !errors.Is(err, ErrNoDatabase) {
		// An unreadable file or another layout: download everything into a new database, which
		// replaces it only if every download succeeds.
		rebuild = true
	}
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
		return st, fmt.Errorf("vulnerability database folder: %w", err)
	}
	type fetched struct {
		eco    string
		file   string
		size   int64
		source Source
	}
	var got []fetched
	defer func() {
		for _, f := range got {
			os.Remove(f.file)
		}
	}()
	for _, eco := range ecos {
		name := "osv:" + eco
		u := base + "/" + url.PathEscape(eco) + "/all.zip"
		file, src, notMod, err := download(ctx, client, u, prev[name], filepath.Dir(dbPath), lim, opts.UserAgent)
		if err != nil {
			return st, fmt.Errorf("update %s: %w", eco, err)
		}
		if notMod {
			st.Ecosystems = append(st.Ecosystems, EcosystemUpdate{Ecosystem: eco, NotModified: true, Records: prev[name].Records})
			continue
		}
		src.Name = name
		got = append(got, fetched{eco: eco, file: file.path, size: file.size, source: src})
		// Read every record now, so that a bad archive fails before the database is touched.
		n := 0
		if err := eachRecordIn(ctx, file.path, file.size, u, lim, func(record) error { n++; return nil }); err != nil {
			return st, fmt.Errorf("update %s: %w", eco, err)
		}
		st.Ecosystems = append(st.Ecosystems, EcosystemUpdate{Ecosystem: eco, Records: n, Bytes: file.size})
	}
	if len(got) == 0 {
		return st, nil
	}
	err := replace(ctx, dbPath, rebuild, func(w *writer) error {
		for _, f := range got {
			if err := w.dropSource(f.source.Name); err != nil {
				return err
			}
			before := w.written
			err := eachRecordIn(ctx, f.file, f.size, f.source.URL, lim, func(r record) error { return w.put(r, f.source.Name) })
			if err != nil {
				return err
			}
			f.source.Records = w.written - before
			if err := w.setSource(f.source); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return UpdateStats{}, err
	}
	return st, nil
}

func eachRecordIn(ctx context.Context, file string, size int64, label string, lim Limits, fn func(record) error) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	return eachZipRecord(ctx, f, size, label, lim, func(_ string, data []byte) error {
		r, err := newRecord(data)
		if err != nil {
			return err
		}
		return fn(r)
	})
}

type downloaded struct {
	path string
	size int64
}

// download fetches one archive into a temporary file beside the database, with a conditional
// request; notModified reports a 304.
func download(ctx context.Context, client *http.Client, u string, prev Source, dir string, lim Limits, ua string) (_ downloaded, _ Source, notModified bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return downloaded{}, Source{}, false, err
	}
	if ua != "" {
		req.Header.Set("User-Agent", ua)
	}
	if prev.URL == u {
		if prev.ETag != "" {
			req.Header.Set("If-None-Match", prev.ETag)
		}
		if prev.LastModified != "" {
			req.Header.Set("If-Modified-Since", prev.LastModified)
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		return downloaded{}, Source{}, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return downloaded{}, prev, true, nil
	}
	if resp.StatusCode != http.StatusOK {
		return downloaded{}, Source{}, false, fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	if resp.ContentLength > lim.MaxArchiveBytes {
		return downloaded{}, Source{}, false, fmt.Errorf("GET %s: %w: %d bytes is over the limit of %d", u, ErrUnsafeArchive, resp.ContentLength, lim.MaxArchiveBytes)
	}
	tmp, err := os.CreateTemp(dir, ".osv-download-*.zip")
	if err != nil {
		return downloaded{}, Source{}, false, err
	}
	defer func() {
		tmp.Close()
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	sha := sha256.New()
	var sum hash.Hash = md5.New()
	n, err := io.Copy(io.MultiWriter(tmp, sha, sum), io.LimitReader(resp.Body, lim.MaxArchiveBytes+1))
	if err != nil {
		return downloaded{}, Source{}, false, fmt.Errorf("GET %s: truncated download: the transfer ended after %d bytes: %w", u, n, err)
	}
	if n > lim.MaxArchiveBytes {
		return downloaded{}, Source{}, false, fmt.Errorf("GET %s: %w: over the limit of %d bytes", u, ErrUnsafeArchive, lim.MaxArchiveBytes)
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return downloaded{}, Source{}, false, fmt.Errorf("GET %s: truncated download: %d of %d bytes", u, n, resp.ContentLength)
	}
	if want := googMD5(resp.Header.Values("X-Goog-Hash")); want != "" {
		if got := base64.StdEncoding.EncodeToString(sum.Sum(nil)); got != want {
			return downloaded{}, Source{}, false, fmt.Errorf("GET %s: MD5 %s does not match the server's %s (corrupt download)", u, got, want)
		}
	}
	if err := tmp.Sync(); err != nil {
		return downloaded{}, Source{}, false, err
	}
	src := Source{
		URL: u, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
		SHA256: hex.EncodeToString(sha.Sum(nil)), Fetched: time.Now(),
	}
	return downloaded{path: tmp.Name(), size: n}, src, false, nil
}

// googMD5 reads the md5 from Google Cloud Storage's "x-goog-hash: crc32c=...,md5=..." headers.
func googMD5(values []string) string {
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			if s, ok := strings.CutPrefix(strings.TrimSpace(part), "md5="); ok {
				return s
			}
		}
	}
	return ""
}
