package deps

import (
	"bytes"
	"strings"
)

// goSum reads go.sum for its hashes: the go.mod check uses it to find requirements that have none.
// It contributes no packages (go.mod is the list of what is used; go.sum also keeps old versions).
type goSum struct{}

func (goSum) Name() string         { return "go/go.sum" }
func (goSum) Claims(p string) bool { return base(p) == "go.sum" }

func (goSum) Extract(p string, content []byte) (*Lockfile, error) {
	lf := &Lockfile{Format: "go.sum", Ecosystem: "Go", GoSum: map[string]bool{}}
	for i, line := range bytes.Split(content, []byte{'\n'}) {
		fields := strings.Fields(string(line))
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 3 || !strings.HasPrefix(fields[2], "h1:") {
			return nil, errorf(i+1, "go.sum lines are `module version h1:hash`")
		}
		v := strings.TrimSuffix(fields[1], "/go.mod")
		lf.GoSum[fields[0]+" "+v] = true
	}
	return lf, nil
}
