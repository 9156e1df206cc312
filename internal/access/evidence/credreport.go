package evidence

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
)

// credentialReportHeader starts every IAM credential report.
var credentialReportHeader = []byte("user,arn,user_creation_time,")

// CredentialRow is one user's line of an IAM credential report.
type CredentialRow struct {
	Line            int // line in the file; for a report inside JSON, the line of its Content
	Row             int // row number in the report, from 1 for the first user
	User            string
	ARN             string
	Created         time.Time
	PasswordEnabled bool
	PasswordUsed    time.Time // zero when never used
	MFA             bool
	Keys            [2]AccessKey
}

// Root reports whether the row is the account's root user.
func (r CredentialRow) Root() bool { return r.User == "<root_account>" }

// AccessKey is one of a user's two access-key slots.
type AccessKey struct {
	Active      bool
	LastRotated time.Time
	LastUsed    time.Time // zero when never used
}

// RowError is a report row that could not be read; the other rows are still reviewed.
type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// ParseCredentialReport reads a credential report: the CSV itself, or the JSON that
// `aws iam get-credential-report` prints (its base64 Content). Rows that cannot be read come back
// as RowErrors beside the good ones; err is for a file that cannot be read at all.
func ParseCredentialReport(data []byte) (rows []CredentialRow, bad []*RowError, err error) {
	base := 0
	if !bytes.HasPrefix(bytes.TrimLeft(data, "\ufeff \r\n\t"), credentialReportHeader) {
		data, base, err = decodeReportJSON(data)
		if err != nil {
			return nil, nil, err
		}
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimLeft(data, "\ufeff")))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("credential report header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"user", "arn", "password_enabled", "mfa_active", "access_key_1_active", "access_key_1_last_rotated"} {
		if _, ok := col[need]; !ok {
			return nil, nil, fmt.Errorf("line 1: credential report has no %q column", need)
		}
	}
	for n := 1; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, bad, nil
		}
		line, _ := r.FieldPos(0)
		if base > 0 {
			line = base
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && base == 0 {
				line = pe.Line
			}
			bad = append(bad, &RowError{Line: line, Err: fmt.Errorf("row %d: %w", n, err)})
			if pe == nil {
				return rows, bad, nil
			}
			continue
		}
		row, err := readRow(rec, col)
		if err != nil {
			bad = append(bad, &RowError{Line: line, Err: fmt.Errorf("row %d (%s): %w", n, get(rec, col, "user"), err)})
			continue
		}
		row.Line, row.Row = line, n
		rows = append(rows, row)
	}
}

func get(rec []string, col map[string]int, name string) string {
	if i, ok := col[name]; ok && i < len(rec) {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

func readRow(rec []string, col map[string]int) (CredentialRow, error) {
	row := CredentialRow{User: get(rec, col, "user"), ARN: get(rec, col, "arn")}
	if row.User == "" {
		return row, errors.New("no user name")
	}
	var firstErr error
	date := func(name string) time.Time {
		t, _, err := parseTime(get(rec, col, name))
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("%s: %w", name, err)
		}
		return t
	}
	row.Created = date("user_creation_time")
	row.PasswordEnabled = get(rec, col, "password_enabled") == "true"
	row.PasswordUsed = date("password_last_used")
	row.MFA = get(rec, col, "mfa_active") == "true"
	for i := range row.Keys {
		p := fmt.Sprintf("access_key_%d_", i+1)
		row.Keys[i] = AccessKey{
			Active:      get(rec, col, p+"active") == "true",
			LastRotated: date(p + "last_rotated"),
			LastUsed:    date(p + "last_used_date"),
		}
	}
	return row, firstErr
}

// decodeReportJSON unwraps the JSON of `aws iam get-credential-report`: {"Content": base64 CSV,
// "ReportFormat": "text/csv", ...}. It returns the CSV and the line of the Content member.
func decodeReportJSON(data []byte) ([]byte, int, error) {
	n, err := jsontree.FromJSON(data)
	if err != nil {
		return nil, 0, err
	}
	c := n.Get("Content")
	if c == nil || c.Kind != jsontree.String {
		return nil, 0, errors.New("not a credential report: no CSV header and no JSON Content member")
	}
	csvData, err := base64.StdEncoding.DecodeString(c.Text)
	if err != nil {
		return nil, 0, fmt.Errorf("line %d: Content: not base64: %w", c.Pos.Line, err)
	}
	if !bytes.HasPrefix(csvData, credentialReportHeader) {
		return nil, 0, fmt.Errorf("line %d: Content does not hold a credential report", c.Pos.Line)
	}
	return csvData, c.Pos.Line, nil
}
