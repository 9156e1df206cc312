//go:build linux

package workspace

import (
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// beneath reads files with openat2(2) and RESOLVE_BENEATH|RESOLVE_NO_SYMLINKS: the kernel refuses any
// path that would leave the root or pass through a symlink, in one system call, and the file is read
// without the runtime poller. Kernels older than 5.6 lack openat2; the portable os.Root path is used
// then.
type beneath struct {
	dirfd       int
	unsupported atomic.Bool
}

func openBeneath(abs string) *beneath {
	fd, err := unix.Open(abs, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	return &beneath{dirfd: fd}
}

func (b *beneath) close() {
	if b != nil {
		unix.Close(b.dirfd)
	}
}

// read returns the file's content, or ok=false when openat2 is not available and the caller must
// fall back.
func (b *beneath) read(rel string, limit int64) (data []byte, err error, ok bool) {
	if b == nil || b.unsupported.Load() {
		return nil, nil, false
	}
	fd, err := unix.Openat2(b.dirfd, rel, &unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NOFOLLOW | unix.O_NONBLOCK,
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS,
	})
	if errors.Is(err, unix.ENOSYS) {
		b.unsupported.Store(true)
		return nil, nil, false
	}
	if err != nil {
		if errors.Is(err, unix.ELOOP) || errors.Is(err, unix.EXDEV) {
			return nil, errors.New("path passes through a symlink or leaves the root"), true
		}
		return nil, err, true
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, err, true
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, errors.New(ReasonNotRegular), true
	}
	if st.Size > limit {
		return nil, fmt.Errorf("%w (%s)", errTooLarge, humanBytes(limit)), true
	}
	buf := make([]byte, st.Size+1)
	n := 0
	for {
		m, err := unix.Read(fd, buf[n:])
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return nil, err, true
		}
		if m == 0 {
			break
		}
		n += m
		if n == len(buf) {
			if int64(n) > limit {
				return nil, fmt.Errorf("%w (%s)", errTooLarge, humanBytes(limit)), true
			}
			buf = append(buf, make([]byte, len(buf))...)
		}
	}
	return buf[:n], nil, true
}
