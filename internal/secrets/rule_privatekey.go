package secrets

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// pemBody is what may stand between a PEM block's armour lines: base64, headers (Proc-Type,
// DEK-Info), line breaks written as real newlines or as \n escapes, and the quotes and + of a string
// split across source lines.
const pemBody = `[A-Za-z0-9+/=\s\\"',:.\-]{64,}?`

func pem(id, name, label string) *detect.Detector {
	return &detect.Detector{
		ID: id, Name: name, Keywords: kw("-----begin " + strings.ToLower(label)), Span: 64 << 10, Canonical: pemCanonical,
		Pattern: `(-----BEGIN ` + label + `-----` + pemBody + `-----END ` + label + `-----)`,
		TruePositives: s("-----BEGIN "+label+"-----\n‹b64:64›\n‹b64:64›\n‹b64:20›==\n-----END "+label+"-----\n",
			`"key": "-----BEGIN `+label+`-----\n‹b64:64›\n‹b64:64›\n-----END `+label+`-----\n"`),
		FalsePositives: s("-----BEGIN "+label+"-----\n...\n-----END "+label+"-----", "-----BEGIN "+label+"-----"),
	}
}

// pemCanonical keeps the base64 body of a PEM block, so the key hashes the same however it is quoted,
// indented or escaped.
func pemCanonical(block string) string {
	body := strings.ReplaceAll(block, `\n`, "\n")
	var b strings.Builder
	for _, line := range strings.Split(body, "\n") {
		line = strings.Trim(line, " \t\r\"',+")
		if strings.HasPrefix(line, "-----") || strings.Contains(line, ":") {
			continue // armour and headers (Proc-Type, DEK-Info)
		}
		b.WriteString(line)
	}
	return b.String()
}

func privateKeyFamily() Family {
	r := credentialRule("private-key", "private key",
		"Treat the key as compromised: revoke it wherever it is trusted (authorized_keys, certificate, deploy key, signing key), issue a new pair, and keep the private half in a secret store or on the machine that uses it.",
		"https://docs.github.com/authentication/connecting-to-github-with-ssh/reviewing-your-ssh-keys")
	r.Severity = finding.Critical
	return Family{
		Rule: r,
		Detectors: []*detect.Detector{
			pem("private-key-rsa", "RSA private key (PKCS#1)", "RSA PRIVATE KEY"),
			pem("private-key-ec", "EC private key (SEC1)", "EC PRIVATE KEY"),
			pem("private-key-dsa", "DSA private key", "DSA PRIVATE KEY"),
			pem("private-key-openssh", "OpenSSH private key", "OPENSSH PRIVATE KEY"),
			pem("private-key-pkcs8", "PKCS#8 private key", "PRIVATE KEY"),
			pem("private-key-pkcs8-encrypted", "encrypted PKCS#8 private key", "ENCRYPTED PRIVATE KEY"),
			pem("private-key-pgp", "PGP private key block", "PGP PRIVATE KEY BLOCK"),
			{
				ID: "private-key-ssh2", Name: "SSH2 (RFC 4716) encrypted private key",
				Keywords: kw("---- begin ssh2 encrypted private key ----"), Span: 64 << 10,
				Pattern:        `(---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` + pemBody + `---- END SSH2 ENCRYPTED PRIVATE KEY ----)`,
				TruePositives:  s("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"acme\"\n‹b64:64›\n‹b64:64›\n---- END SSH2 ENCRYPTED PRIVATE KEY ----"),
				FalsePositives: s("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n---- END SSH2 ENCRYPTED PRIVATE KEY ----"),
			},
			{
				ID: "private-key-putty", Name: "PuTTY private key",
				Keywords: kw("putty-user-key-file-"), Span: 64 << 10,
				Pattern:        `(?s)(PuTTY-User-Key-File-[23]: [^\n]+\n.*?Private-Lines: [0-9]+\r?\n[A-Za-z0-9+/=\r\n]{64,})`,
				TruePositives:  s("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: acme\nPublic-Lines: 2\n‹b64:64›\n‹b64:20›\nPrivate-Lines: 1\n‹b64:64›\nPrivate-MAC: ‹hex:64›\n"),
				FalsePositives: s("PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n"),
			},
			{
				ID: "age-secret-key", Name: "age encryption secret key",
				Keywords: kw("age-secret-key-1"), Pattern: tok(`AGE-SECRET-KEY-1`, `[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`), MinEntropy: 4,
				TruePositives:  s("# created: 2026-01-01\nAGE-SECRET-KEY-1‹bech:58›"),
				FalsePositives: s(`AGE-SECRET-KEY-1...`),
			},
		},
	}
}
