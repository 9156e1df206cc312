package vulndb

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Limits bound what an import or update will read, so that a hostile or broken archive cannot
// exhaust memory or disk.
type Limits struct {
	// MaxArchiveBytes bounds a downloaded or imported archive (compressed).
	MaxArchiveBytes int64
	// MaxEntries bounds the number of files in an archive.
	MaxEntries int
	// MaxRecordBytes bounds one record (uncompressed).
	MaxRecordBytes int64
	// MaxTotalBytes bounds all records of one archive together (uncompressed).
	MaxTotalBytes int64
	// MaxRatio bounds the compression ratio of one entry (a zip bomb compresses far better than
	// JSON does).
	MaxRatio int64
}

// DefaultLimits fit the largest OSV ecosystem exports with room to spare.
var DefaultLimits = Limits{
	MaxArchiveBytes: 2 << 30,
	MaxEntries:      2_000_000,
	MaxRecordBytes:  32 << 20,
	MaxTotalBytes:   16 << 30,
	MaxRatio:        200,
}

func (l Limits) orDefault() Limits {
	d := DefaultLimits
	if l.MaxArchiveBytes > 0 {
		d.MaxArchiveBytes = l.MaxArchiveBytes
	}
	if l.MaxEntries > 0 {
		d.MaxEntries = l.MaxEntries
	}
	if l.MaxRecordBytes > 0 {
		d.MaxRecordBytes = l.MaxRecordBytes
	}
	if l.MaxTotalBytes > 0 {
		d.MaxTotalBytes = l.MaxTotalBytes
	}
	if l.MaxRatio > 0 {
		d.MaxRatio = l.MaxRatio
	}
	return d
}

// ErrUnsafeArchive marks archives refused for their shape: entries that would leave the archive's
// root, zip bombs, archives over the limits.
var ErrUnsafeArchive = errors.New("unsafe archive")

// checkEntryName refuses names that would escape an extraction root, even though records are never
// written to disk: such an archive is not an OSV export.
func checkEntryName(name string) error {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, `\`) ||
		len(name) > 1 && name[1] == ':' || strings.ContainsRune(name, 0) {
		return fmt.Errorf("%w: entry %q has an absolute or non-portable path", ErrUnsafeArchive, name)
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == ".." {
			return fmt.Errorf("%w: entry %q leaves the archive root (path traversal)", ErrUnsafeArchive, name)
		}
	}
	return nil
}

// eachZipRecord checks every entry of a zip archive, then hands each JSON entry's content to fn.
// CRC-32 checksums are verified as entries are read to their end.
func eachZipRecord(ctx context.Context, r io.ReaderAt, size int64, label string, lim Limits, fn func(entry string, data []byte) error) error {
	lim = lim.orDefault()
	if size > lim.MaxArchiveBytes {
		return fmt.Errorf("%s: %w: %d bytes is over the limit of %d", label, ErrUnsafeArchive, size, lim.MaxArchiveBytes)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return fmt.Errorf("%s: not a readable zip archive (truncated or corrupt?): %w", label, err)
	}
	if len(zr.File) > lim.MaxEntries {
		return fmt.Errorf("%s: %w: %d entries is over the limit of %d", label, ErrUnsafeArchive, len(zr.File), lim.MaxEntries)
	}
	var total uint64
	for _, f := range zr.File {
		if err := checkEntryName(f.Name); err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
		if f.FileInfo().IsDir() {
			continue
		}
		if f.UncompressedSize64 > uint64(lim.MaxRecordBytes) {
			return fmt.Errorf("%s: %w: entry %q unpacks to %d bytes, over the limit of %d per record", label, ErrUnsafeArchive, f.Name, f.UncompressedSize64, lim.MaxRecordBytes)
		}
		if f.CompressedSize64 > 0 && f.UncompressedSize64 > 1<<20 && f.UncompressedSize64/f.CompressedSize64 > uint64(lim.MaxRatio) {
			return fmt.Errorf("%s: %w: entry %q compresses %d:1 (a zip bomb?)", label, ErrUnsafeArchive, f.Name, f.UncompressedSize64/f.CompressedSize64)
		}
		total += f.UncompressedSize64
		if total > uint64(lim.MaxTotalBytes) {
			return fmt.Errorf("%s: %w: entries unpack to more than %d bytes", label, ErrUnsafeArchive, lim.MaxTotalBytes)
		}
	}
	for _, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		if f.FileInfo().IsDir() || path.Ext(f.Name) != ".json" {
			continue
		}
		data, err := readEntry(f, lim.MaxRecordBytes)
		if err != nil {
			return fmt.Errorf("%s: entry %q: %w", label, f.Name, err)
		}
		if err := fn(f.Name, data); err != nil {
			return fmt.Errorf("%s: entry %q: %w", label, f.Name, err)
		}
	}
	return nil
}

// readEntry reads one entry whole, never more than max bytes whatever its header claims.
func readEntry(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("cannot be read (corrupt or truncated): %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: unpacks to more than %d bytes (a zip bomb?)", ErrUnsafeArchive, max)
	}
	return data, nil
}
