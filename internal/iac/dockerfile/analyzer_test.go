package dockerfile

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
)

func TestDockerfiles(t *testing.T) {
	analysistest.Run(t, "testdata/rules", New())
}
