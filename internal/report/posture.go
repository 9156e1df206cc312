package report

import (
	"math"

	"github.com/vigil-sec/vigil/internal/finding"
)

// postureWeight is each active finding's penalty by severity.
var postureWeight = map[finding.Severity]float64{
	finding.Critical: 20, finding.High: 10, finding.Medium: 4, finding.Low: 1, finding.Info: 0,
}

// postureHalfLife is the penalty that halves a score.
const postureHalfLife = 20

// Score computes the posture: for each area, and overall, score = round(100 × 2^(−P/20)) where P is
// the sum of the weights of the active (unsuppressed, grouped) findings: critical 20, high 10,
// medium 4, low 1, info 0. One critical finding halves a score; no findings is 100.
func Score(fs []finding.Finding) *Posture {
	penalty := map[finding.Area]float64{}
	total := 0.0
	for _, f := range fs {
		if f.Suppressed() {
			continue
		}
		w := postureWeight[f.Severity]
		penalty[f.Area] += w
		total += w
	}
	score := func(p float64) int { return int(math.Round(100 * math.Pow(2, -p/postureHalfLife))) }
	p := &Posture{Score: score(total), Areas: map[string]int{}}
	for _, a := range finding.Areas() {
		p.Areas[string(a)] = score(penalty[a])
	}
	return p
}
