package githubactions

import (
	"context"
	"strconv"
	"strings"
)

// Advisory is a published compromise or vulnerability of an action.
type Advisory struct {
	ID      string   // the record's id (GHSA-..., or another database's)
	Aliases []string // other names of the same advisory (CVE-...)
	Summary string
	// Fixed lists the versions that fix it above the queried one, lowest first (none when no
	// version is fixed).
	Fixed []string
}

// ActionQuery is one reference to an action, resolved to what a vulnerability database can match.
type ActionQuery struct {
	// Repository is the action's owner/repo, in lower case.
	Repository string
	// Version is the release the reference names, without a leading "v": the tag ("45.0.7"), or
	// the version the pin comment of a SHA claims. A moving tag gives its prefix ("45").
	Version string
	// Commit is the full SHA of a pinned reference.
	Commit string
}

// AdvisorySource answers which advisories affect an action reference. The pipeline analyzer
// implements it over the offline OSV store (ecosystem "GitHub Actions"); tests may plug in their
// own.
type AdvisorySource interface {
	ActionAdvisories(ctx context.Context, q ActionQuery) ([]Advisory, error)
}

// VersionLess compares dotted versions numerically ("v45.0.7" < "46.0.1"); a missing part is zero.
func VersionLess(a, b string) bool {
	pa, pb := versionParts(a), versionParts(b)
	for i := 0; i < 3; i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return false
}

func versionParts(v string) [3]int {
	v = strings.TrimPrefix(strings.TrimSpace(v), "v")
	if i := strings.IndexAny(v, "-+"); i >= 0 {
		v = v[:i]
	}
	var out [3]int
	for i, p := range strings.SplitN(v, ".", 3) {
		n, _ := strconv.Atoi(p)
		out[i] = n
	}
	return out
}
