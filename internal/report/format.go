package report

import (
	"fmt"
	"io"
	"strings"
)

// Format names an output format.
type Format string

// Output formats.
const (
	Text     Format = "text"
	JSON     Format = "json"
	SARIF    Format = "sarif"
	JUnit    Format = "junit"
	Markdown Format = "markdown"
)

// Formats lists every format.
func Formats() []Format { return []Format{Text, JSON, SARIF, JUnit, Markdown} }

// ParseFormat reads a format name ("md" is accepted for markdown).
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case Text, JSON, SARIF, JUnit, Markdown:
		return f, nil
	case "md":
		return Markdown, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, json, sarif, junit or markdown)", s)
}

// Options tune rendering.
type Options struct {
	// Color enables ANSI colours in text output (only when writing to a terminal).
	Color bool
	// Verbose lists suppressed findings and every skipped file in text output.
	Verbose bool
}

// Write renders the report in a format.
func Write(w io.Writer, r *Report, f Format, o Options) error {
	switch f {
	case Text:
		return WriteText(w, r, o)
	case JSON:
		return WriteJSON(w, r)
	case SARIF:
		return WriteSARIF(w, r)
	case JUnit:
		return WriteJUnit(w, r)
	case Markdown:
		return WriteMarkdown(w, r)
	}
	return fmt.Errorf("unknown format %q", f)
}
