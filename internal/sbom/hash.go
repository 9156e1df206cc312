package sbom

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// hash is a digest in lower-case hex, with its algorithm ("SHA-1", "SHA-256", "SHA-512").
type hash struct {
	alg string
	hex string
}

var hashLens = map[int]string{20: "SHA-1", 32: "SHA-256", 48: "SHA-384", 64: "SHA-512"}

// hashOf reads the integrity value of a lockfile: SRI strings ("sha512-<base64>"), prefixed hex
// ("sha256:<hex>", "sha256=<hex>", "sha1:<hex>"), Yarn 2+ checksums ("10c0/<hex>"), Cargo's bare
// SHA-256 hex and NuGet's base64 SHA-512. Go's "h1:" directory hashes are not file digests and are
// left out.
func hashOf(integrity string) (hash, bool) {
	fields := strings.Fields(integrity)
	if len(fields) == 0 || strings.HasPrefix(fields[0], "h1:") {
		return hash{}, false
	}
	s := fields[0]
	if s == "" {
		return hash{}, false
	}
	if i := strings.Index(s, "/"); i > 0 && i <= 8 && !strings.ContainsAny(s[:i], "-:=+") {
		s = s[i+1:] // yarn berry: a short cache key ("10c0/") then the hex digest
	}
	for _, sep := range []string{"-", ":", "="} {
		if alg, val, ok := strings.Cut(s, sep); ok && strings.HasPrefix(strings.ToLower(alg), "sha") {
			if b, err := hex.DecodeString(val); err == nil {
				return checked(b)
			}
			if b, err := base64.StdEncoding.DecodeString(val); err == nil {
				return checked(b)
			}
			return hash{}, false
		}
	}
	if b, err := hex.DecodeString(s); err == nil {
		return checked(b)
	}
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return checked(b)
	}
	return hash{}, false
}

func checked(b []byte) (hash, bool) {
	alg, ok := hashLens[len(b)]
	if !ok {
		return hash{}, false
	}
	return hash{alg: alg, hex: hex.EncodeToString(b)}, true
}
