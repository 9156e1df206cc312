package githubactions

import (
	"context"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// KnownVulnerableAction is checked in the second phase, against the vulnerability database.
var KnownVulnerableAction = &rule.Rule{
	ID: "pipeline/known-vulnerable-action", Area: finding.Pipeline, Severity: finding.Critical,
	Title: "Action version with a published compromise or vulnerability advisory",
	Description: "The workflow uses a version of an action that a published advisory (the OSV \"GitHub Actions\" " +
		"ecosystem of the offline vulnerability database) lists as compromised or vulnerable. Runs with this " +
		"version may have leaked secrets or run attacker code. A tag is matched as the version it names, a " +
		"commit SHA by the version its pin comment claims (and by the commits the advisory names); a moving " +
		"tag such as v45 is reported only when no release of its line is fixed.",
	Remediation: "Update to a fixed version pinned by SHA, and rotate any secret the affected runs could " +
		"read; check the runs' logs for the advisory's indicators.",
	References: []string{"https://osv.dev/list?ecosystem=GitHub+Actions"},
}

// ActionSite is one remote `uses:` reference that names a version or a commit, kept for the
// vulnerability check of the second phase.
type ActionSite struct {
	Query ActionQuery
	// Moving is set when the version is a tag prefix ("v45") that moves to each new release of
	// its line.
	Moving  bool
	Name    string // the action as used, for messages
	Ref     string // the ref as written
	Path    string
	Line    int
	Col     int
	JobStep string // the job (and step) the reference belongs to, for the subject
}

// actionSite resolves a reference to the release it names: the tag when it is a version, else
// (sha is set) the version its pin comment claims. Branches and other refs give nothing to match.
func actionSite(path string, u UsesRef, sha bool, commentVersion string) (ActionSite, bool) {
	ref := u.Action.Ref
	var version, commit string
	switch {
	case sha:
		commit = ref
		version = commentVersion
	case ref != "" && (ref[0] == 'v' || ref[0] >= '0' && ref[0] <= '9') && versionRe.FindString(ref) == ref:
		version = ref
	}
	if version == "" && commit == "" {
		return ActionSite{}, false
	}
	version = strings.TrimPrefix(version, "v")
	core, _, _ := strings.Cut(strings.SplitN(version, "+", 2)[0], "-")
	return ActionSite{
		Query:  ActionQuery{Repository: u.Action.Repository(), Version: version, Commit: commit},
		Moving: version != "" && strings.Count(core, ".") < 2,
		Name:   u.Action.Name(), Ref: ref, Path: path, Line: u.Value.Line, Col: u.Value.Col,
		JobStep: subjectOf(u.Job, u.Step, ""),
	}, true
}

// CheckKnownVulnerableActions matches every action site of the repository against the advisories,
// asking the source once per distinct reference.
func CheckKnownVulnerableActions(ctx context.Context, sums []Summary, src AdvisorySource, report func(finding.Finding)) error {
	cache := map[ActionQuery][]Advisory{}
	for _, sum := range sums {
		for _, s := range sum.Actions {
			advs, ok := cache[s.Query]
			if !ok {
				if err := ctx.Err(); err != nil {
					return err
				}
				var err error
				if advs, err = src.ActionAdvisories(ctx, s.Query); err != nil {
					return err
				}
				cache[s.Query] = advs
			}
			for _, adv := range advs {
				if s.Moving && fixedInLine(adv.Fixed, s.Query.Version) {
					// The tag (or the release the comment names) has a fixed release in its
					// line: which one the reference runs cannot be told offline.
					continue
				}
				report(vulnerableActionFinding(s, adv))
			}
		}
	}
	return nil
}

// fixedInLine reports whether a fix belongs to the release line of a version prefix ("45" and
// "45.0.8").
func fixedInLine(fixed []string, prefix string) bool {
	for _, f := range fixed {
		if strings.HasPrefix(strings.TrimPrefix(f, "v"), prefix+".") {
			return true
		}
	}
	return false
}

func vulnerableActionFinding(s ActionSite, adv Advisory) finding.Finding {
	var b strings.Builder
	b.WriteString(s.Name + "@" + s.Ref)
	if s.Query.Commit != "" && s.Query.Version != "" {
		b.WriteString(" (pinned as v" + s.Query.Version + ")")
	}
	b.WriteString(" is affected by " + adv.ID)
	if len(adv.Aliases) > 0 {
		b.WriteString(" (" + strings.Join(adv.Aliases, ", ") + ")")
	}
	if adv.Summary != "" {
		b.WriteString(": " + strings.TrimSuffix(adv.Summary, "."))
	}
	props := map[string]string{"action": s.Query.Repository, "advisory": adv.ID}
	if len(adv.Fixed) > 0 {
		b.WriteString("; fixed in " + adv.Fixed[0])
		props["fixed"] = strings.Join(adv.Fixed, ", ")
	} else {
		b.WriteString("; no fixed version is published")
	}
	if s.Query.Version != "" {
		props["version"] = s.Query.Version
	}
	if s.Query.Commit != "" {
		props["commit"] = s.Query.Commit
	}
	if len(adv.Aliases) > 0 {
		props["aliases"] = strings.Join(adv.Aliases, ", ")
	}
	subject := s.JobStep + "/" + s.Name + "/" + adv.ID
	f := KnownVulnerableAction.Finding(finding.Location{Path: s.Path, StartLine: s.Line, StartColumn: s.Col}, subject, b.String()+".")
	f.Properties = props
	return f
}
