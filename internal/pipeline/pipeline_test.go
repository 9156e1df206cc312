package pipeline_test

import (
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/pipeline"
)

// reviewDate fixes the end-of-life check of CI images.
var reviewDate = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

func TestGitHubActions(t *testing.T) {
	analysistest.Run(t, "githubactions/testdata/repo", newAnalyzer(t), images.NewAnalyzer(nil, reviewDate, pipeline.Name))
}

func TestGitLabCI(t *testing.T) {
	rep := analysistest.Run(t, "gitlabci/testdata/repo", newAnalyzer(t), images.NewAnalyzer(nil, reviewDate, pipeline.Name))
	var sawMissing bool
	for _, s := range rep.Skipped {
		if s.Path == ".gitlab-ci.yml" && s.Line == 12 {
			sawMissing = true
		}
	}
	if !sawMissing {
		t.Errorf("the unreadable local include was not listed as skipped: %+v", rep.Skipped)
	}
}

func TestCircleCI(t *testing.T) {
	analysistest.Run(t, "circleci/testdata/repo", newAnalyzer(t), images.NewAnalyzer(nil, reviewDate, pipeline.Name))
}

func TestAzurePipelines(t *testing.T) {
	analysistest.Run(t, "azurepipelines/testdata/repo", newAnalyzer(t))
}

func TestBitbucket(t *testing.T) { analysistest.Run(t, "bitbucket/testdata/repo", newAnalyzer(t)) }

func TestDependabotCovered(t *testing.T) {
	analysistest.Run(t, "githubactions/testdata/covered", newAnalyzer(t))
}
