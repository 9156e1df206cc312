package compose

import "github.com/vigil-sec/vigil/internal/rule"

// check is one rule and its test over each service.
type check struct {
	rule    *rule.Rule
	service func(s *Service, r *reporter)
}

type hit struct {
	rule     *rule.Rule
	line     int
	subject  string
	message  string
	evidence string
}

type reporter struct {
	rule *rule.Rule
	hits []hit
}

// at reports a problem of service s at line (zero means the service's start).
func (r *reporter) at(s *Service, line int, what, message string) {
	if line == 0 {
		line = s.Line
	}
	subject := "service " + s.Name
	if what != "" {
		subject += " " + what
	}
	r.hits = append(r.hits, hit{rule: r.rule, line: line, subject: subject, message: message})
}
