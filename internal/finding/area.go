package finding

import "fmt"

// Area is one of the six parts of a review.
type Area string

// The areas of a review. Rule ids start with their area: "config/s3-bucket-unencrypted".
const (
	Pipeline     Area = "pipeline"
	Dependencies Area = "dependencies"
	Access       Area = "access"
	Config       Area = "config"
	Secrets      Area = "secrets"
	Runtime      Area = "runtime"
)

// Areas lists every area in report order.
func Areas() []Area { return []Area{Pipeline, Dependencies, Access, Config, Secrets, Runtime} }

// Valid reports whether a is a defined area.
func (a Area) Valid() bool {
	for _, v := range Areas() {
		if a == v {
			return true
		}
	}
	return false
}

// ParseArea reads an area name.
func ParseArea(s string) (Area, error) {
	if a := Area(s); a.Valid() {
		return a, nil
	}
	return "", fmt.Errorf("unknown area %q (want one of pipeline, dependencies, access, config, secrets, runtime)", s)
}

// Title is the area's heading in human reports.
func (a Area) Title() string {
	switch a {
	case Pipeline:
		return "Pipeline security"
	case Dependencies:
		return "Dependencies"
	case Access:
		return "Access management"
	case Config:
		return "Configuration integrity"
	case Secrets:
		return "Secrets handling"
	case Runtime:
		return "Runtime protection"
	}
	return string(a)
}
