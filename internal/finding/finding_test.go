package finding

import (
	"strings"
	"testing"
)

func TestParseSeverityRoundTrip(t *testing.T) {
	for _, s := range Severities() {
		got, err := ParseSeverity(strings.ToUpper(s.String()))
		if err != nil || got != s {
			t.Fatalf("ParseSeverity(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseSeverity("severe"); err == nil {
		t.Fatal("want an error for an unknown severity")
	}
	if !(Critical > High && High > Medium && Medium > Low && Low > Info) {
		t.Fatal("severities are not ordered")
	}
}

func TestFingerprintIgnoresNothingItIsGiven(t *testing.T) {
	a := Fingerprint("config/x", "main.tf", "aws_s3_bucket.logs")
	if a != Fingerprint("config/x", "main.tf", "aws_s3_bucket.logs") {
		t.Fatal("fingerprint is not deterministic")
	}
	if a == Fingerprint("config/x", "main.tf", "aws_s3_bucket.data") {
		t.Fatal("different subjects share a fingerprint")
	}
	// Parts are separated, so moving a boundary changes the result.
	if Fingerprint("ab", "c") == Fingerprint("a", "bc") {
		t.Fatal("part boundaries are ambiguous")
	}
}

func TestRedactNeverShowsTheSecret(t *testing.T) {
	secret := "ghp_0123456789abcdefghijABCDEFGHIJ012345"
	r := Redact(secret)
	if strings.Contains(r, secret[4:12]) {
		t.Fatalf("redaction leaks the body: %s", r)
	}
	if !strings.HasPrefix(r, "ghp_***") || !strings.Contains(r, "40 chars") {
		t.Fatalf("redaction lacks prefix or length: %s", r)
	}
	if short := Redact("abc"); strings.Contains(short, "abc") {
		t.Fatalf("short secret leaks: %s", short)
	}
	if Redact(secret) != r {
		t.Fatal("redaction is not deterministic")
	}
}
