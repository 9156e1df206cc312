//go:build !linux

package workspace

// beneath is the Linux openat2 fast path; elsewhere every read goes through os.Root.
type beneath struct{}

func openBeneath(string) *beneath { return nil }

func (b *beneath) close() {}

func (b *beneath) read(string, int64) ([]byte, error, bool) { return nil, nil, false }
