package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var dockerSocket = &rule.Rule{
	ID: "pipeline/docker-socket-mount", Area: finding.Pipeline, Severity: finding.High,
	Title: "Docker socket mounted into a build container",
	Description: "Mounting /var/run/docker.sock gives the container full control of the host's Docker " +
		"daemon: it can start privileged containers, read other jobs' containers and escape to the host.",
	Remediation: "Do not mount the socket; build images with a rootless or daemonless builder, or use a " +
		"separate, isolated Docker-in-Docker service with TLS.",
}

func checkDockerSocket(j *Job, report func(finding.Finding)) {
	for _, img := range j.Job.Images {
		if mountsDockerSocket(optionWords(img)) {
			report(dockerSocket.Finding(at(img.Path, img.OptionsAt()), subject(j, img.Role, img.Ref),
				"job "+j.Job.ID+" mounts the Docker socket into "+img.Role+" container "+img.Ref))
		}
	}
	for _, c := range dockerRuns(j) {
		if mountsDockerSocket(c.Rest) {
			report(dockerSocket.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, "docker run docker.sock"),
				"job "+j.Job.ID+" starts a container with the Docker socket mounted"))
		}
	}
}
