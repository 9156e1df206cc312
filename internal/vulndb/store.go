package vulndb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// SchemaVersion is the layout of the database file; a file of another layout must be rebuilt.
const SchemaVersion = "1"

const schema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE vulns (
	id TEXT PRIMARY KEY,
	modified TEXT NOT NULL,
	published TEXT NOT NULL,
	withdrawn TEXT NOT NULL,
	source TEXT NOT NULL,
	data BLOB NOT NULL
);
CREATE INDEX vulns_source ON vulns(source);
CREATE TABLE affected (ecosystem TEXT NOT NULL, name TEXT NOT NULL, id TEXT NOT NULL);
CREATE INDEX affected_pkg ON affected(ecosystem, name);
CREATE INDEX affected_id ON affected(id);
CREATE TABLE sources (
	name TEXT PRIMARY KEY,
	url TEXT NOT NULL,
	etag TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	sha256 TEXT NOT NULL,
	fetched TEXT NOT NULL,
	records INTEGER NOT NULL
);
`

// ErrNoDatabase is returned by Open when there is no database file yet.
var ErrNoDatabase = errors.New("no vulnerability database")

// DefaultPath is where the database lives unless a path is given: osv.db in vigil's folder of the
// user's cache directory.
func DefaultPath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no user cache directory for the vulnerability database (give a path): %w", err)
	}
	return filepath.Join(dir, "vigil", "osv.db"), nil
}

// dsn builds a SQLite URI for a file path.
func dsn(path string, query string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	return "file:" + esc + "?" + query
}

// DB is an open, read-only database. It is safe for concurrent use.
type DB struct {
	path       string
	sql        *sql.DB
	look, data *sql.Stmt

	mu     sync.Mutex
	cache  map[string]*Compiled
	byName map[[2]string][]*Compiled
}

// Open opens a database for reading. Files are only ever replaced whole (never changed in place),
// so the file is opened immutable: no locks, and a concurrent update does not disturb the reader.
func Open(path string) (*DB, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s (run `vigil db update` or `vigil db import PATH`)", ErrNoDatabase, path)
	}
	if err != nil {
		return nil, fmt.Errorf("vulnerability database: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("vulnerability database %s is not a regular file", path)
	}
	db, err := sql.Open("sqlite", dsn(path, "mode=ro&immutable=1"))
	if err != nil {
		return nil, fmt.Errorf("vulnerability database %s: %w", path, err)
	}
	d := &DB{path: path, sql: db, cache: map[string]*Compiled{}, byName: map[[2]string][]*Compiled{}}
	if err := checkSchema(context.Background(), db); err != nil {
		db.Close()
		return nil, fmt.Errorf("vulnerability database %s: %w", path, err)
	}
	d.look, err = db.Prepare(`SELECT id FROM affected WHERE ecosystem = ? AND name = ? ORDER BY id`)
	if err == nil {
		d.data, err = db.Prepare(`SELECT data FROM vulns WHERE id = ?`)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("vulnerability database %s: %w", path, err)
	}
	return d, nil
}

func checkSchema(ctx context.Context, db *sql.DB) error {
	var v string
	if err := db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'schema'`).Scan(&v); err != nil {
		return fmt.Errorf("not a vigil vulnerability database: %w", err)
	}
	if v != SchemaVersion {
		return fmt.Errorf("database layout %s, this vigil reads %s: run `vigil db update` to rebuild it", v, SchemaVersion)
	}
	return nil
}

// Path is the database file.
func (d *DB) Path() string { return d.path }

// Close releases the database.
func (d *DB) Close() error {
	for _, st := range []*sql.Stmt{d.look, d.data} {
		if st != nil {
			st.Close()
		}
	}
	return d.sql.Close()
}

// Lookup returns the records that name a package, compiled for matching. Records are parsed once,
// and the records of a package looked up once, for the life of the DB.
func (d *DB) Lookup(ctx context.Context, ecosystem, name string) ([]*Compiled, error) {
	key := [2]string{ecosystem, NormalizeName(ecosystem, name)}
	d.mu.Lock()
	cs, ok := d.byName[key]
	d.mu.Unlock()
	if ok {
		return cs, nil
	}
	ids, err := d.ids(ctx, key)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		d.mu.Lock()
		c := d.cache[id]
		d.mu.Unlock()
		if c == nil {
			var data []byte
			if err := d.data.QueryRowContext(ctx, id).Scan(&data); err != nil {
				return nil, fmt.Errorf("record %s in %s: %w", id, d.path, err)
			}
			v, err := ParseVuln(data)
			if err != nil {
				return nil, fmt.Errorf("record %s in %s: %w", id, d.path, err)
			}
			c = Compile(v)
			d.mu.Lock()
			d.cache[id] = c
			d.mu.Unlock()
		}
		cs = append(cs, c)
	}
	d.mu.Lock()
	d.byName[key] = cs
	d.mu.Unlock()
	return cs, nil
}

func (d *DB) ids(ctx context.Context, key [2]string) ([]string, error) {
	rows, err := d.look.QueryContext(ctx, key[0], key[1])
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Match returns the records that affect a package, ordered by id.
func (d *DB) Match(ctx context.Context, q Query) ([]Match, error) {
	cs, err := d.Lookup(ctx, q.Ecosystem, q.Name)
	if err != nil {
		return nil, err
	}
	return MatchAll(cs, q), nil
}

// Info describes a database.
type Info struct {
	Path      string
	Records   int
	Withdrawn int
	Built     time.Time
	Sources   []Source
}

// Source is one imported or downloaded origin of records.
type Source struct {
	Name         string // "osv:PyPI", "import:/path/to/dir"
	URL          string
	ETag         string
	LastModified string
	SHA256       string
	Fetched      time.Time
	Records      int
}

// Info reads the database's counts and sources.
func (d *DB) Info(ctx context.Context) (Info, error) {
	in := Info{Path: d.path}
	if err := d.sql.QueryRowContext(ctx, `SELECT count(*), count(NULLIF(withdrawn, '')) FROM vulns`).Scan(&in.Records, &in.Withdrawn); err != nil {
		return in, err
	}
	var built string
	_ = d.sql.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'built'`).Scan(&built)
	in.Built, _ = time.Parse(time.RFC3339, built)
	srcs, err := readSources(ctx, d.sql)
	in.Sources = srcs
	return in, err
}

func readSources(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) ([]Source, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, url, etag, last_modified, sha256, fetched, records FROM sources ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		var s Source
		var fetched string
		if err := rows.Scan(&s.Name, &s.URL, &s.ETag, &s.LastModified, &s.SHA256, &fetched, &s.Records); err != nil {
			return nil, err
		}
		s.Fetched, _ = time.Parse(time.RFC3339, fetched)
		out = append(out, s)
	}
	return out, rows.Err()
}

// record is a parsed record with its compact JSON, ready to store.
type record struct {
	v    *Vuln
	data []byte
}

func newRecord(raw []byte) (record, error) {
	v, err := ParseVuln(raw)
	if err != nil {
		return record{}, err
	}
	data, err := json.Marshal(json.RawMessage(raw))
	if err != nil {
		return record{}, err
	}
	return record{v: v, data: data}, nil
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
