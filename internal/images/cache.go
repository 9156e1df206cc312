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

// Newest returns the shipped data with the release lines of a refreshed file at path laid over it,
// when that file exists and was compiled after the shipped data; else the shipped data. Only the
// dates come from the file: products and image names stay the binary's, so a binary newer than the
// refresh still checks the images it knows. A file that exists but does not parse is an error (a
// broken refresh must not pass silently for the old dates).
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
	if d.Compiled <= shipped.Compiled { // YYYY-MM-DD compares as text
		return shipped, nil
	}
	fresh := map[string][]Cycle{}
	for _, p := range d.Products {
		if len(p.Cycles) > 0 {
			fresh[p.Product] = p.Cycles
		}
	}
	out := &Data{Source: d.Source + "; products and images as shipped (" + shipped.Compiled + ")", Compiled: d.Compiled}
	for _, p := range shipped.Products {
		if cycles, ok := fresh[p.Product]; ok {
			p.Cycles = cycles
		}
		out.Products = append(out.Products, p)
	}
	return out, nil
}
