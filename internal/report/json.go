package report

import (
	"encoding/json"
	"io"
)

// WriteJSON renders the report as indented JSON in the schema documented in docs/report-schema.md.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
