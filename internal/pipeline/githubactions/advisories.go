package githubactions

import (
	"strconv"
	"strings"
)

// Advisory is a published compromise or vulnerability of an action.
type Advisory struct {
	ID      string // GHSA or CVE id
	Summary string
	// Fixed is the first version that is not affected ("" when no version is).
	Fixed string
}

// AdvisorySource answers which advisories affect an action used at a version. The OSV store (the
// "GitHub Actions" ecosystem of the vulnerability database) is meant to implement it; until it is
// wired in, BuiltinAdvisories holds a few well-known incidents. version is the ref when it is a
// version tag, else the version claimed by the pin comment, else "".
type AdvisorySource interface {
	ActionAdvisories(action, version string) []Advisory
}

// BuiltinAdvisories is a tiny, fixed list of widely reported action compromises.
type BuiltinAdvisories struct{}

var builtin = map[string][]Advisory{
	"tj-actions/changed-files": {{
		ID: "GHSA-mrrh-fwg8-r2c3", Fixed: "46.0.1",
		Summary: "tj-actions/changed-files tags were moved to a commit that dumped runner secrets into build logs (CVE-2025-30066)",
	}},
}

// ActionAdvisories implements AdvisorySource.
func (BuiltinAdvisories) ActionAdvisories(action, version string) []Advisory {
	var out []Advisory
	for _, a := range builtin[strings.ToLower(action)] {
		if version != "" && a.Fixed != "" && VersionLess(version, a.Fixed) {
			out = append(out, a)
		}
	}
	return out
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
