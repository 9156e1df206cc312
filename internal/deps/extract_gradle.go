package deps

import (
	"strings"
)

// gradleLock reads gradle.lockfile (and the older per-configuration *.lockfile files under
// gradle/dependency-locks): `group:artifact:version=configurations`.
type gradleLock struct{}

func (gradleLock) Name() string { return "java/gradle.lockfile" }
func (gradleLock) Claims(p string) bool {
	b := base(p)
	return b == "gradle.lockfile" || strings.HasSuffix(b, ".lockfile") && strings.Contains(p, "dependency-locks/")
}

func (gradleLock) Extract(p string, content []byte) (*Lockfile, error) {
	lf := &Lockfile{Format: "gradle.lockfile", Ecosystem: "Maven"}
	for i, raw := range strings.Split(string(content), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "empty=") {
			continue
		}
		coord, configs, _ := strings.Cut(line, "=")
		parts := strings.Split(coord, ":")
		if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
			return nil, errorf(i+1, "gradle.lockfile lines are `group:artifact:version=configurations`")
		}
		dev := configs != ""
		for _, c := range strings.Split(configs, ",") {
			if !strings.HasPrefix(strings.ToLower(c), "test") {
				dev = false
			}
		}
		lf.Packages = append(lf.Packages, Package{Ecosystem: "Maven", Name: parts[0] + ":" + parts[1], Version: parts[2], Line: i + 1, Dev: dev})
	}
	return lf, nil
}
