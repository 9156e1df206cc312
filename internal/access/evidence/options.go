// Package evidence reviews what users export from live cloud accounts, without calling any cloud
// API: the AWS IAM credential report (CSV, or the JSON of `aws iam get-credential-report`), AWS
// account authorization details (`aws iam get-account-authorization-details`) and GCP service
// account key lists (`gcloud iam service-accounts keys list --format=json`). Files are recognised
// by their content, wherever they sit.
package evidence

import (
	"fmt"
	"time"
)

// Options are the thresholds of the evidence rules. Zero values take the defaults.
type Options struct {
	// Now is the review date; zero means time.Now().
	Now time.Time
	// KeyMaxAge is the rotation limit for access keys and service-account keys (default 90 days).
	KeyMaxAge time.Duration
	// UnusedAfter is how long a key, user, role or password may go unused (default 90 days).
	UnusedAfter time.Duration
	// RootUsedWithin is how recent a use of the root user is reported (default 90 days).
	RootUsedWithin time.Duration
}

// Day is 24 hours, the unit thresholds are given in.
const Day = 24 * time.Hour

func (o Options) withDefaults() Options {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.KeyMaxAge <= 0 {
		o.KeyMaxAge = 90 * Day
	}
	if o.UnusedAfter <= 0 {
		o.UnusedAfter = 90 * Day
	}
	if o.RootUsedWithin <= 0 {
		o.RootUsedWithin = 90 * Day
	}
	return o
}

// days renders a duration in whole days.
func days(d time.Duration) int { return int(d / Day) }

// age is how many whole days before now t was.
func (o Options) age(t time.Time) int { return days(o.Now.Sub(t)) }

var timeLayouts = []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

// parseTime reads the timestamps of AWS and GCP exports. ok is false for the "no date" markers
// (N/A, no_information, not_supported, empty); err is set for anything else that is not a date.
func parseTime(s string) (t time.Time, ok bool, err error) {
	switch s {
	case "", "N/A", "no_information", "not_supported", "null":
		return time.Time{}, false, nil
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%q is not a date", s)
}
