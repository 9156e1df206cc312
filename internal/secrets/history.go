package secrets

import (
	"context"

	"github.com/vigil-sec/vigil/internal/analysis"
)

func (a *Analyzer) history(ctx context.Context, p *analysis.SetPass) error {
	return nil
}
