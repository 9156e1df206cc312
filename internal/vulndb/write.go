package vulndb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// writer is one transaction on a copy of the database.
type writer struct {
	ctx                 context.Context
	tx                  *sql.Tx
	insVuln, insAff     *sql.Stmt
	delAffByID, delSrcA *sql.Stmt
	written             int
}

// replace writes the database atomically: the existing file (if any) is copied beside itself, the
// change is applied to the copy in one transaction, the copy is checked with SQLite's integrity
// check and synced, and only then renamed over the original. Any failure leaves the original as it
// was and removes the copy. With rebuild set the copy starts empty (a database of another layout is
// replaced by a new one).
func replace(ctx context.Context, dbPath string, rebuild bool, fn func(w *writer) error) (err error) {
	dir := filepath.Dir(dbPath)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("vulnerability database folder: %w", err)
	}
	tmp := filepath.Join(dir, "."+filepath.Base(dbPath)+".tmp-"+randomSuffix())
	defer func() {
		if err != nil {
			os.Remove(tmp)
			os.Remove(tmp + "-journal")
		}
	}()
	fresh := rebuild
	if rebuild {
		// Nothing to copy.
	} else if err := copyFile(dbPath, tmp); errors.Is(err, fs.ErrNotExist) {
		fresh = true
	} else if err != nil {
		return fmt.Errorf("copy the vulnerability database: %w", err)
	}
	db, err := sql.Open("sqlite", dsn(tmp, "_pragma=journal_mode(DELETE)&_pragma=synchronous(FULL)&_pragma=foreign_keys(0)"))
	if err != nil {
		return err
	}
	defer func() {
		if cerr := db.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	db.SetMaxOpenConns(1)
	if fresh {
		if _, err := db.ExecContext(ctx, schema); err != nil {
			return fmt.Errorf("create the vulnerability database: %w", err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES ('schema', ?)`, SchemaVersion); err != nil {
			return err
		}
	} else if err := checkSchema(ctx, db); err != nil {
		return fmt.Errorf("vulnerability database %s: %w", dbPath, err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := &writer{ctx: ctx, tx: tx}
	for _, p := range []struct {
		stmt **sql.Stmt
		q    string
	}{
		{&w.insVuln, `INSERT OR REPLACE INTO vulns(id, modified, published, withdrawn, source, data) VALUES (?, ?, ?, ?, ?, ?)`},
		{&w.insAff, `INSERT INTO affected(ecosystem, name, id) VALUES (?, ?, ?)`},
		{&w.delAffByID, `DELETE FROM affected WHERE id = ?`},
		{&w.delSrcA, `DELETE FROM affected WHERE id IN (SELECT id FROM vulns WHERE source = ?)`},
	} {
		if *p.stmt, err = tx.PrepareContext(ctx, p.q); err != nil {
			return err
		}
	}
	if err := fn(w); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO meta(key, value) VALUES ('built', ?)`, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("write the vulnerability database: %w", err)
	}
	var check string
	if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		return fmt.Errorf("the new vulnerability database failed its integrity check (%s %v); the old one is kept", check, err)
	}
	if err := db.Close(); err != nil {
		return err
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return fmt.Errorf("replace the vulnerability database: %w", err)
	}
	syncDir(dir)
	return nil
}

// put stores a record under a source, replacing an earlier copy of the same id.
func (w *writer) put(r record, source string) error {
	v := r.v
	if _, err := w.delAffByID.ExecContext(w.ctx, v.ID); err != nil {
		return err
	}
	if _, err := w.insVuln.ExecContext(w.ctx, v.ID, timeText(v.Modified), timeText(v.Published), timeText(v.Withdrawn), source, r.data); err != nil {
		return fmt.Errorf("store %s: %w", v.ID, err)
	}
	seen := map[[2]string]bool{}
	for _, a := range v.Affected {
		if a.Package.Name == "" || a.Package.Ecosystem == "" {
			continue
		}
		k := [2]string{a.Package.Ecosystem, NormalizeName(a.Package.Ecosystem, a.Package.Name)}
		if seen[k] {
			continue
		}
		seen[k] = true
		if _, err := w.insAff.ExecContext(w.ctx, k[0], k[1], v.ID); err != nil {
			return err
		}
	}
	w.written++
	return nil
}

// dropSource removes every record that came from a source, before its fresh copy is written.
func (w *writer) dropSource(source string) error {
	if _, err := w.delSrcA.ExecContext(w.ctx, source); err != nil {
		return err
	}
	_, err := w.tx.ExecContext(w.ctx, `DELETE FROM vulns WHERE source = ?`, source)
	return err
}

func (w *writer) setSource(s Source) error {
	_, err := w.tx.ExecContext(w.ctx, `INSERT OR REPLACE INTO sources(name, url, etag, last_modified, sha256, fetched, records) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		s.Name, s.URL, s.ETag, s.LastModified, s.SHA256, timeText(s.Fetched), s.Records)
	return err
}

func randomSuffix() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
