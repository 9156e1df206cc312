package pipeline_test

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/pipeline"
)

func TestGitHubActions(t *testing.T) {
	analysistest.Run(t, "githubactions/testdata/repo", pipeline.New())
}
