package main

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// osvData writes OUT/osv-scalibr/Go/all.zip and OUT/osv-scalibr/PyPI/all.zip from the shared
// records, the layout osv-scanner reads with OSV_SCALIBR_LOCAL_DB_CACHE_DIRECTORY=OUT.
func osvData(src, out string) error {
	for eco, dir := range map[string]string{"Go": "go", "PyPI": "pypi"} {
		files, err := filepath.Glob(filepath.Join(src, dir, "*.json"))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("no OSV records in %s", filepath.Join(src, dir))
		}
		sort.Strings(files)
		target := filepath.Join(out, "osv-scalibr", eco, "all.zip")
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		f, err := os.Create(target)
		if err != nil {
			return err
		}
		zw := zip.NewWriter(f)
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			w, err := zw.Create(filepath.Base(p))
			if err != nil {
				return err
			}
			if _, err := w.Write(data); err != nil {
				return err
			}
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}
