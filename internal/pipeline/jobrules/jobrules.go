// Package jobrules holds the rules that read the platform-neutral job model (cimodel): what the
// build scripts run, which container images and options the jobs use, and the variables they declare.
// Every pipeline platform gets them by filling a cimodel.Pipeline.
package jobrules

import (
	"mvdan.cc/sh/v3/syntax"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Job is one job with its scripts parsed.
type Job struct {
	Pipeline *cimodel.Pipeline
	Job      *cimodel.Job
	Scripts  []*Parsed
	commands []*Command
}

// Commands lists every command of every script of the job, in order.
func (j *Job) Commands() []*Command {
	if j.commands == nil {
		j.commands = []*Command{}
		for _, s := range j.Scripts {
			j.commands = append(j.commands, s.Commands...)
		}
	}
	return j.commands
}

// Check is one rule over one job.
type Check struct {
	Rule *rule.Rule
	Run  func(j *Job, report func(finding.Finding))
}

// Checks lists the rules of this package, in one place.
func Checks() []Check {
	return []Check{
		{curlPipeShell, checkCurlPipeShell},
		{downloadUnverified, checkDownloadUnverified},
		{npmInstall, checkNpmInstall},
		{pipUnpinned, checkPipUnpinned},
		{goInstallLatest, checkGoInstallLatest},
		{gemUnversioned, checkGemUnversioned},
		{pipExtraIndex, checkPipExtraIndex},
		{imageNotPinned, checkImageNotPinned},
		{containerPrivileged, checkContainerPrivileged},
		{dockerSocket, checkDockerSocket},
		{privilegedDinD, checkPrivilegedDinD},
		{containerRoot, checkContainerRoot},
		{secretEchoed, checkSecretEchoed},
		{ciVariableLiteral, checkCIVariableLiteral},
		{ciEnvLiteral, checkCIEnvLiteral},
		{deployNotGated, checkDeployNotGated},
		{securityFailureAllowed, checkSecurityFailureAllowed},
		{deployAlways, checkDeployAlways},
	}
}

// Rules lists the metadata of every rule of this package.
func Rules() []*rule.Rule {
	var out []*rule.Rule
	for _, c := range Checks() {
		out = append(out, c.Rule)
	}
	return append(out, ConfigInvalid)
}

// RunModel runs the checks over p (see Run) and returns it.
func RunModel(p *cimodel.Pipeline, report func(finding.Finding)) *cimodel.Pipeline {
	Run(p, report)
	return p
}

// Run parses the scripts of every job of p and runs every check over them.
func Run(p *cimodel.Pipeline, report func(finding.Finding)) {
	checks := Checks()
	sp := parsers.Get().(*syntax.Parser)
	defer parsers.Put(sp)
	for _, j := range p.Jobs {
		job := &Job{Pipeline: p, Job: j}
		for i := range j.Scripts {
			job.Scripts = append(job.Scripts, parseWith(sp, &j.Scripts[i]))
		}
		for _, c := range checks {
			c.Run(job, report)
		}
	}
}

// at is a location in a file.
func at(path string, line int) finding.Location {
	return finding.Location{Path: path, StartLine: line}
}

// subject joins a job id with the step or detail a finding is about.
func subject(j *Job, parts ...string) string {
	s := j.Job.ID
	for _, p := range parts {
		if p != "" {
			s += "/" + p
		}
	}
	return s
}
