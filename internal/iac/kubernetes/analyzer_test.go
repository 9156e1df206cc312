package kubernetes

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
)

func TestManifests(t *testing.T) {
	analysistest.Run(t, "testdata/manifests", New())
}
