package images

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// DefaultCachePath is where `vigil images refresh` keeps newer data than the binary's:
// vigil/eol.json under the user cache directory.
func DefaultCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("image end-of-life data: no user cache directory: %w", err)
	}
	return filepath.Join(dir, "vigil", "eol.json"), nil
}

// Newest returns the data at path when it exists and was compiled after the shipped data, else
// the shipped data. A file that exists but does not parse is an error (a broken refresh must not
// pass silently for the old dates).
func Newest(path string) (*Data, error) {
	shipped := Default()
	if path == "" {
		return shipped, nil
	}
	d, err := LoadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return shipped, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if d.Compiled > shipped.Compiled { // YYYY-MM-DD compares as text
		return d, nil
	}
	return shipped, nil
}

// WriteFile writes the data to path atomically (a temporary file renamed over it), so that a
// review never reads half a file.
func (d *Data) WriteFile(path string) error {
	b, err := d.Marshal()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".eol-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
