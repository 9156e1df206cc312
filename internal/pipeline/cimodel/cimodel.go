// Package cimodel is the platform-neutral model of a CI configuration: its jobs, the container images
// they run in, their shell scripts and their variables, each with its file and line. Every pipeline
// parser (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines, Bitbucket Pipelines) fills it, the
// build-script rules read it, and it is shared with the rest of the review: the pipeline analyzer
// publishes one *Set in its second phase, so that other analyzers (for example an end-of-life check of
// CI job images) can read it with
//
//	sets := analysis.SharedOf[*cimodel.Set](pass, "pipeline")
//
// after listing "pipeline" in their After().
package cimodel

// Platform names a CI system.
type Platform string

// Platforms.
const (
	GitHubActions      Platform = "github-actions"
	GitLabCI           Platform = "gitlab-ci"
	CircleCI           Platform = "circleci"
	AzurePipelines     Platform = "azure-pipelines"
	BitbucketPipelines Platform = "bitbucket-pipelines"
)

// Set is every pipeline of one review, ordered by path.
type Set struct {
	Pipelines []*Pipeline
}

// Images lists every container image reference of the set, in pipeline and job order.
func (s *Set) Images() []Image {
	var out []Image
	for _, p := range s.Pipelines {
		for _, j := range p.Jobs {
			out = append(out, j.Images...)
		}
	}
	return out
}

// Pipeline is one CI configuration file (with, for GitLab, what it includes).
type Pipeline struct {
	Platform Platform
	// Path is the configuration's own file; jobs and values may come from included files.
	Path string
	Jobs []*Job
}

// Job is one unit of work that runs on one agent.
type Job struct {
	// ID is the job's key (GitHub job id, GitLab job name, CircleCI job name ...).
	ID   string
	Path string
	Line int
	// Images are the containers the job runs in or beside: the job image, services, step images.
	Images []Image
	// Scripts are the shell commands the job runs, in order.
	Scripts []Script
	// Variables are the variables declared for the job, its own and those it inherits from the file.
	Variables []Variable
	// SelfHosted is set when the job asks for a self-hosted runner or agent pool.
	SelfHosted bool
	// Needs lists the jobs this one waits for directly (for GitLab without `needs:`, every job of
	// the earlier stages).
	Needs []string
	// Deploy is set when the job deploys or releases; Security when it runs a security review tool.
	Deploy   *Flag
	Security *Flag
	// FailureAllowed lists security steps (or the security job itself) whose failure does not fail
	// the pipeline (continue-on-error, allow_failure).
	FailureAllowed []Flag
	// RunsAlways is set on a deploy job (or deploy step) that runs even when earlier jobs failed
	// (`if: always()`, `when: always`).
	RunsAlways *Flag
}

// Flag is a fact about a job with the place that shows it.
type Flag struct {
	Reason string
	Path   string
	Line   int
}

// Image roles.
const (
	RoleJob     = "job"     // the container the job's steps run in
	RoleService = "service" // a service container beside the job
	RoleStep    = "step"    // a container that one step runs (docker:// actions, pipes)
)

// Image is one container image reference.
type Image struct {
	Ref  string // as written: "node:18", "postgres@sha256:..."
	Role string
	Name string // the service's alias or the step's name, when there is one
	// Options holds container options as written (`--privileged`, `--user root`), when the
	// platform has them.
	Options string
	Path    string
	Line    int
	// OptionsLine is the line of the options, when they are written apart from the image.
	OptionsLine int
}

// OptionsAt is the line to report a problem with the options on.
func (i Image) OptionsAt() int {
	if i.OptionsLine > 0 {
		return i.OptionsLine
	}
	return i.Line
}

// Script is one shell script (or one line of a script list).
type Script struct {
	Text string
	// Shell is the interpreter when the configuration names one (bash, sh, pwsh, python ...);
	// empty means the platform's default POSIX shell.
	Shell string
	// Step names the step within the job ("step 3", a step id or name), for subjects and messages.
	Step string
	Path string
	Line int
	// Exact is true when offsets in Text map line by line to the file from Line on.
	Exact bool
	// Env names the variables visible to the script whose values come from secrets.
	SecretEnv []string
}

// Variable is a declared variable.
type Variable struct {
	Name  string
	Value string
	// Scope is "workflow", "job", "step", "global" or "container".
	Scope string
	Path  string
	Line  int
	Col   int
}
