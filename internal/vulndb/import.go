package vulndb

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Stats counts what an import or update wrote.
type Stats struct {
	// Records is the number of records written.
	Records int
	// Files is the number of JSON files and archives read.
	Files int
}

// Import reads OSV records from src into the database at dbPath, creating it when needed. src is
// one OSV JSON file (a record or an array of records), a zip archive (such as OSV's per-ecosystem
// all.zip), or a directory holding either, searched recursively. A record replaces an earlier one
// with the same id. Nothing is written unless every record reads and validates: a broken input
// leaves the existing database as it was.
func Import(ctx context.Context, src, dbPath string) (Stats, error) {
	return ImportWithLimits(ctx, src, dbPath, DefaultLimits)
}

// ImportWithLimits is Import with explicit limits.
func ImportWithLimits(ctx context.Context, src, dbPath string, lim Limits) (Stats, error) {
	var st Stats
	abs, err := filepath.Abs(src)
	if err != nil {
		return st, err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return st, fmt.Errorf("import: %w", err)
	}
	var files []string
	if info.IsDir() {
		err := filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && (strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".zip")) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return st, fmt.Errorf("import: %w", err)
		}
		slices.Sort(files)
	} else {
		files = []string{abs}
	}
	if len(files) == 0 {
		return st, fmt.Errorf("import: no .json or .zip files in %s", src)
	}
	source := "import:" + abs
	err = replace(ctx, dbPath, false, func(w *writer) error {
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := importFile(ctx, w, f, source, lim); err != nil {
				return err
			}
			st.Files++
		}
		st.Records = w.written
		return w.setSource(Source{Name: source, URL: "file://" + filepath.ToSlash(abs), Fetched: time.Now(), Records: w.written})
	})
	if err != nil {
		return Stats{}, err
	}
	return st, nil
}

func importFile(ctx context.Context, w *writer, p, source string, lim Limits) error {
	lim = lim.orDefault()
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if strings.HasSuffix(p, ".zip") {
		return eachZipRecord(ctx, f, info.Size(), p, lim, func(_ string, data []byte) error {
			return putJSON(w, data, source)
		})
	}
	if info.Size() > lim.MaxRecordBytes {
		return fmt.Errorf("%s: %d bytes is over the limit of %d per file", p, info.Size(), lim.MaxRecordBytes)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if err := putJSON(w, data, source); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return nil
}

// putJSON stores one record, or each record of a JSON array.
func putJSON(w *writer, data []byte, source string) error {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var list []json.RawMessage
		if err := json.Unmarshal(trimmed, &list); err != nil {
			return fmt.Errorf("not a list of OSV records: %w", err)
		}
		for i, raw := range list {
			r, err := newRecord(raw)
			if err != nil {
				return fmt.Errorf("record %d: %w", i, err)
			}
			if err := w.put(r, source); err != nil {
				return err
			}
		}
		return nil
	}
	r, err := newRecord(trimmed)
	if err != nil {
		return err
	}
	return w.put(r, source)
}
