// Package triage turns raw findings into what a person acts on: rule settings and path excludes from
// .vigil.yaml, ignores with reasons and expiry dates, inline vigil:ignore comments, and a baseline of
// known findings.
package triage

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// ConfigFile is the name of the configuration file looked for at the review root.
const ConfigFile = ".vigil.yaml"

// Config is the content of .vigil.yaml.
type Config struct {
	Version int `yaml:"version"`
	// FailOn is the default for --fail-on.
	FailOn string `yaml:"fail-on"`
	// MinSeverity drops findings below it from every output.
	MinSeverity string `yaml:"min-severity"`
	// Exclude holds globs of paths never reviewed.
	Exclude []string `yaml:"exclude"`
	// MaxFileSize is the size above which files are skipped, in bytes or with a unit ("20MB").
	MaxFileSize string                `yaml:"max-file-size"`
	Rules       map[string]RuleConfig `yaml:"rules"`
	Ignore      []Ignore              `yaml:"ignore"`
	// Access holds the thresholds of the account evidence rules (--evidence).
	Access AccessConfig `yaml:"access"`
	// Dependencies holds the patch SLA.
	Dependencies DependenciesConfig `yaml:"dependencies"`

	// Path is where the config was read from, for messages.
	Path string `yaml:"-"`
}

// maxDays bounds every day count in the config (a century), well inside time.Duration.
const maxDays = 36500

// AccessConfig sets the evidence rules' limits in days; zero keeps the default (90).
type AccessConfig struct {
	KeyMaxAgeDays      int `yaml:"key-max-age-days"`
	UnusedAfterDays    int `yaml:"unused-after-days"`
	RootUsedWithinDays int `yaml:"root-used-within-days"`
}

// DependenciesConfig sets how many days a fix may wait, per severity ("critical: 7"). Severities
// it does not name keep the default; 0 turns the SLA off for that severity.
type DependenciesConfig struct {
	PatchSLADays map[string]int `yaml:"patch-sla-days"`
}

// PatchSLA merges the configured days over defaults; nil when nothing is configured.
func (c *Config) PatchSLA(defaults map[finding.Severity]int) map[finding.Severity]int {
	if len(c.Dependencies.PatchSLADays) == 0 {
		return nil
	}
	out := maps.Clone(defaults)
	for name, days := range c.Dependencies.PatchSLADays {
		sev, _ := finding.ParseSeverity(name) // checked by ParseConfig
		if days == 0 {
			delete(out, sev)
			continue
		}
		out[sev] = days
	}
	return out
}

// RuleConfig turns a rule off or changes its severity.
type RuleConfig struct {
	Enabled  *bool  `yaml:"enabled"`
	Severity string `yaml:"severity"`
}

// Ignore hides findings that match it, for a stated reason, until an optional date.
type Ignore struct {
	Rule        string `yaml:"rule"`
	Path        string `yaml:"path"`
	Fingerprint string `yaml:"fingerprint"`
	Reason      string `yaml:"reason"`
	Expires     string `yaml:"expires"`

	line    int
	expires time.Time
}

// LoadConfig reads the config file at path. A missing file is not an error: it yields an empty config.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &Config{Path: path}, nil
	}
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, data)
}

// ParseConfig decodes and checks a config. Errors name the file and line.
func ParseConfig(path string, data []byte) (*Config, error) {
	cfg := &Config{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(doc.Content) == 0 {
		return cfg, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cfg.Path = path
	// Record each ignore's line for messages.
	if root := doc.Content[0]; root.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == "ignore" && root.Content[i+1].Kind == yaml.SequenceNode {
				for j, item := range root.Content[i+1].Content {
					if j < len(cfg.Ignore) {
						cfg.Ignore[j].line = item.Line
					}
				}
			}
		}
	}
	if cfg.Version > 1 {
		return nil, fmt.Errorf("%s: version %d is newer than this vigil understands (1)", path, cfg.Version)
	}
	for _, s := range []string{cfg.FailOn, cfg.MinSeverity} {
		if s != "" && s != "none" {
			if _, err := finding.ParseSeverity(s); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
		}
	}
	for _, g := range cfg.Exclude {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("%s: exclude %q is not a valid glob", path, g)
		}
	}
	if _, err := cfg.MaxFileSizeBytes(); err != nil {
		return nil, fmt.Errorf("%s: max-file-size: %w", path, err)
	}
	for id, rc := range cfg.Rules {
		if rc.Severity != "" {
			if _, err := finding.ParseSeverity(rc.Severity); err != nil {
				return nil, fmt.Errorf("%s: rules.%s: %w", path, id, err)
			}
		}
	}
	for _, d := range []struct {
		name string
		days int
	}{{"access.key-max-age-days", cfg.Access.KeyMaxAgeDays}, {"access.unused-after-days", cfg.Access.UnusedAfterDays},
		{"access.root-used-within-days", cfg.Access.RootUsedWithinDays}} {
		if d.days < 0 || d.days > maxDays {
			return nil, fmt.Errorf("%s: %s must be between 0 and %d days", path, d.name, maxDays)
		}
	}
	seen := map[finding.Severity]string{}
	for _, name := range slices.Sorted(maps.Keys(cfg.Dependencies.PatchSLADays)) {
		sev, err := finding.ParseSeverity(name)
		if err != nil {
			return nil, fmt.Errorf("%s: dependencies.patch-sla-days: %w", path, err)
		}
		if prev, dup := seen[sev]; dup {
			return nil, fmt.Errorf("%s: dependencies.patch-sla-days names %s twice (%q and %q)", path, sev, prev, name)
		}
		seen[sev] = name
		if days := cfg.Dependencies.PatchSLADays[name]; days < 0 || days > maxDays {
			return nil, fmt.Errorf("%s: dependencies.patch-sla-days.%s must be between 0 and %d days", path, name, maxDays)
		}
	}
	for i := range cfg.Ignore {
		ig := &cfg.Ignore[i]
		where := fmt.Sprintf("%s:%d", path, ig.line)
		if strings.TrimSpace(ig.Reason) == "" {
			return nil, fmt.Errorf("%s: an ignore needs a reason", where)
		}
		if ig.Rule == "" && ig.Fingerprint == "" && ig.Path == "" {
			return nil, fmt.Errorf("%s: an ignore needs a rule, a path or a fingerprint", where)
		}
		if ig.Path != "" && !doublestar.ValidatePattern(ig.Path) {
			return nil, fmt.Errorf("%s: path %q is not a valid glob", where, ig.Path)
		}
		if ig.Expires != "" {
			t, err := time.Parse(time.DateOnly, ig.Expires)
			if err != nil {
				return nil, fmt.Errorf("%s: expires %q is not a date (YYYY-MM-DD)", where, ig.Expires)
			}
			ig.expires = t
		}
	}
	return cfg, nil
}

// CheckRules reports config entries that name no known rule, so that a typo does not silently turn
// nothing off.
func (c *Config) CheckRules(reg *rule.Registry) error {
	for id := range c.Rules {
		if _, ok := reg.Lookup(id); !ok {
			return fmt.Errorf("%s: rules: unknown rule %q (see `vigil rules`)", c.Path, id)
		}
	}
	for _, ig := range c.Ignore {
		if ig.Rule != "" {
			if _, ok := reg.Lookup(ig.Rule); !ok {
				return fmt.Errorf("%s:%d: ignore names unknown rule %q (see `vigil rules`)", c.Path, ig.line, ig.Rule)
			}
		}
	}
	return nil
}

// MaxFileSizeBytes parses max-file-size; zero means the default.
func (c *Config) MaxFileSizeBytes() (int64, error) { return ParseSize(c.MaxFileSize) }

// ParseSize reads "1048576", "512KB", "20MB" or "1GB" (powers of 1024).
func ParseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"GB", 1 << 30}, {"MIB", 1 << 20}, {"MB", 1 << 20}, {"KIB", 1 << 10}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	var n int64
	if _, err := fmt.Sscanf(s, "%d", &n); err != nil || n <= 0 || fmt.Sprint(n) != s {
		return 0, fmt.Errorf("size %q is not a positive number of bytes, KB, MB or GB", s)
	}
	return n * mult, nil
}
