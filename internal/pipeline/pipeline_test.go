package pipeline_test

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/pipeline"
)

func TestGitHubActions(t *testing.T) {
	analysistest.Run(t, "githubactions/testdata/repo", pipeline.New())
}

func TestGitLabCI(t *testing.T) {
	rep := analysistest.Run(t, "gitlabci/testdata/repo", pipeline.New())
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

func TestCircleCI(t *testing.T) { analysistest.Run(t, "circleci/testdata/repo", pipeline.New()) }

func TestAzurePipelines(t *testing.T) {
	analysistest.Run(t, "azurepipelines/testdata/repo", pipeline.New())
}

func TestBitbucket(t *testing.T) { analysistest.Run(t, "bitbucket/testdata/repo", pipeline.New()) }

func TestDependabotCovered(t *testing.T) {
	analysistest.Run(t, "githubactions/testdata/covered", pipeline.New())
}
