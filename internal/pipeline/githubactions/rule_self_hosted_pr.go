package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var selfHostedPR = &rule.Rule{
	ID: "pipeline/self-hosted-runner-pr", Area: finding.Pipeline, Severity: finding.High,
	Title: "Self-hosted runner reachable from pull requests",
	Description: "A job on a self-hosted runner runs for `pull_request` or `pull_request_target` events. In a " +
		"public repository anyone can open a pull request whose code then runs on the runner machine, which is " +
		"usually not ephemeral: it can persist on the host, read other jobs' workspaces and reach the internal " +
		"network.",
	Remediation: "Run pull request jobs on GitHub-hosted runners; keep self-hosted runners for trusted " +
		"branches, make them ephemeral (just-in-time, one job each) and require approval for fork runs.",
}

// selfHosted reports whether a job's runs-on names a self-hosted runner (or a runner group).
func selfHosted(j *Job) bool {
	for _, l := range j.RunsOn {
		if strings.EqualFold(l.Value, "self-hosted") {
			return true
		}
	}
	if ro := ynode.Get(j.Node, "runs-on"); ynode.IsMap(ro) && ynode.Get(ro, "group") != nil {
		return true
	}
	return false
}

func checkSelfHostedPR(c *Context) {
	var events []string
	for _, e := range []string{"pull_request", "pull_request_target"} {
		if c.W.HasTrigger(e) {
			events = append(events, e)
		}
	}
	if len(events) == 0 {
		return
	}
	for _, j := range c.W.Jobs {
		if selfHosted(j) {
			c.Report(selfHostedPR, j.RunsOnLine, 0, j.ID, "job "+j.ID+" runs on a self-hosted runner for "+strings.Join(events, ", ")+" events")
		}
	}
}
