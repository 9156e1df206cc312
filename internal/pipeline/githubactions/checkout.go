package githubactions

import (
	"github.com/vigil-sec/vigil/internal/pipeline/expr"
	"regexp"
	"strings"
)

// privilegedTriggers run with the base repository's token and secrets while acting on events that
// outsiders cause.
var privilegedTriggers = []string{"pull_request_target", "workflow_run"}

// prHeadPaths are expansions that name the pull request's (or triggering run's) code.
var prHeadPaths = []string{
	"github.event.pull_request.head.sha", "github.event.pull_request.head.ref", "github.head_ref",
	"github.event.pull_request.merge_commit_sha", "github.event.pull_request.head.repo.full_name",
	"github.event.workflow_run.head_sha", "github.event.workflow_run.head_branch",
	"github.event.workflow_run.head_repository.full_name", "github.event.workflow_run.pull_requests.*.head.sha",
	"github.event.workflow_run.pull_requests.*.head.ref", "github.event.number", "github.event.pull_request.number",
}

var gitPRCheckout = regexp.MustCompile(`(?m)(gh\s+pr\s+checkout|git\s+fetch\s+\S+\s+(\+?refs/)?pull/|git\s+(checkout|switch)\s+.*(head|pr|pull))`)

// PRCheckout returns the index of the first step of j that checks out the pull request's code, and
// what it checks out, or -1.
func (w *Workflow) PRCheckout(j *Job) (int, string) {
	for i, s := range j.Steps {
		if s.Action().Is("actions/checkout") {
			for _, key := range []string{"ref", "repository"} {
				v, ok := Get(s.With, key)
				if !ok {
					continue
				}
				if strings.Contains(v.Value, "refs/pull/") {
					return i, v.Value
				}
				for _, e := range w.Expansions(v) {
					for _, p := range prHeadPaths {
						if expr.MatchPath(p, e.Path) {
							return i, e.Path
						}
					}
				}
			}
		}
		if s.Run.Value != "" && gitPRCheckout.MatchString(s.Run.Value) {
			return i, strings.TrimSpace(gitPRCheckout.FindString(s.Run.Value))
		}
	}
	return -1, ""
}

// buildCommands are commands that run code from the checked-out tree.
var buildCommands = regexp.MustCompile(`(?m)(^|[\s;&|(])(npm|npx|yarn|pnpm|pip|pip3|python|python3|make|go|cargo|mvn|gradle|\./gradlew|\./mvnw|node|composer|bundle|rake|tox|pytest|dotnet|docker\s+build|bash\s+\S+\.sh|sh\s+\S+\.sh|\./[\w./-]+)(\s|$)`)

// RunsCheckedOutCode reports whether a step runs code from the working tree: a local action, or a
// script that builds, installs or executes repository files.
func RunsCheckedOutCode(s *Step) bool {
	if s.Action().Local {
		return true
	}
	return s.Run.Value != "" && buildCommands.MatchString(s.Run.Value)
}
