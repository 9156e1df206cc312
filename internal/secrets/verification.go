package secrets

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
	"github.com/vigil-sec/vigil/internal/secrets/verify"
)

func toCandidates(ms []detect.Match) []verify.Candidate {
	out := make([]verify.Candidate, len(ms))
	for i, m := range ms {
		out[i] = verify.Candidate{DetectorID: m.Detector.ID, Secret: m.Secret, Line: m.Line}
	}
	return out
}

// applyVerification records a live check in the finding: a live credential becomes critical, a
// revoked one low; unknown results change nothing but are shown.
func applyVerification(f *finding.Finding, r verify.Result) {
	if r == verify.Unsupported {
		return
	}
	f.Properties["verified"] = string(r)
	switch r {
	case verify.Live:
		f.Severity = finding.Critical
		f.Message += " (verified live with the provider)"
	case verify.Revoked:
		f.Severity = finding.Low
		f.Message += " (the provider rejects it: revoked or expired)"
	case verify.Unknown:
		f.Message += " (live check inconclusive)"
	}
}
