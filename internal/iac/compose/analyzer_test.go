package compose

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
)

func TestComposeFiles(t *testing.T) {
	analysistest.Run(t, "testdata/rules", New())
}
