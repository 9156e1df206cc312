package images

import (
	"strings"

	"github.com/distribution/reference"
)

// Ref is a parsed image reference.
type Ref struct {
	// Raw is the reference as written.
	Raw string
	// Repo is the repository in its familiar form: "node", "bitnami/redis", "ghcr.io/org/app".
	Repo   string
	Tag    string
	Digest string
}

// ParseRef reads an image reference. References that are still templates or variables
// ("${BASE}", "{{ .Values.image }}") cannot be read and return false, as do invalid ones.
func ParseRef(raw string) (Ref, bool) {
	s := strings.TrimSpace(raw)
	if s == "" || strings.ContainsAny(s, "${}<>") || strings.EqualFold(s, "scratch") {
		return Ref{}, false
	}
	named, err := reference.ParseNormalizedNamed(s)
	if err != nil {
		return Ref{}, false
	}
	r := Ref{Raw: raw, Repo: reference.FamiliarName(named)}
	if t, ok := named.(reference.Tagged); ok {
		r.Tag = t.Tag()
	}
	if d, ok := named.(reference.Digested); ok {
		r.Digest = d.Digest().String()
	}
	return r, true
}

// floatingTags are tags that by convention move to each new release.
var floatingTags = map[string]bool{
	"latest": true, "stable": true, "lts": true, "current": true, "edge": true, "nightly": true,
	"master": true, "main": true, "dev": true, "develop": true, "mainline": true, "rolling": true,
}

// Mutable reports whether the reference can resolve to a different image tomorrow without a change
// to the file: no digest, and no tag or a floating one such as latest.
func (r Ref) Mutable() bool {
	return r.Digest == "" && (r.Tag == "" || floatingTags[strings.ToLower(r.Tag)])
}

// Pinned reports whether the reference names an image by digest.
func (r Ref) Pinned() bool { return r.Digest != "" }
