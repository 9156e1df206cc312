package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
)

// dockerRuns lists the `docker run` and `docker create` commands of a job (and podman's).
func dockerRuns(j *Job) []*Command {
	var out []*Command
	for _, c := range j.Commands() {
		if (c.Name == "docker" || c.Name == "podman") && len(c.Rest) > 0 {
			sub := c.Rest[0]
			if sub == "container" && len(c.Rest) > 1 {
				sub = c.Rest[1]
			}
			if sub == "run" || sub == "create" {
				out = append(out, c)
			}
		}
	}
	return out
}

// optionWords splits container options as written ("--privileged -v a:b") into words.
func optionWords(img cimodel.Image) []string { return strings.Fields(img.Options) }

// mountsDockerSocket reports whether options or arguments mount the Docker socket.
func mountsDockerSocket(args []string) bool {
	for i, a := range args {
		if strings.Contains(a, "docker.sock") {
			return true
		}
		if (a == "-v" || a == "--volume" || a == "--mount") && i+1 < len(args) && strings.Contains(args[i+1], "docker.sock") {
			return true
		}
	}
	return false
}

// expressionRef reports whether an image reference is computed (a template or a variable), so that
// its pinning cannot be judged.
func expressionRef(ref string) bool {
	return strings.Contains(ref, "${{") || strings.Contains(ref, "$") || strings.Contains(ref, "<<")
}
