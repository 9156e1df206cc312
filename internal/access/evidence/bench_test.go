package evidence

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkCredentialReport reads and judges a report of 5,000 users.
func BenchmarkCredentialReport(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(string(credentialReportHeader) + "password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
		"access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
		"access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
		"cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n")
	for i := range 5000 {
		fmt.Fprintf(&sb, "user%d,arn:aws:iam::111122223333:user/user%d,2024-01-01T00:00:00+00:00,true,2026-%02d-01T00:00:00+00:00,N/A,N/A,%v,"+
			"true,2025-%02d-01T00:00:00+00:00,2026-11-01T00:00:00+00:00,eu-west-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n", i, i, i%12+1, i%2 == 0, i%12+1)
	}
	data := []byte(sb.String())
	o := Options{Now: reviewDate}.withDefaults()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		rows, _, err := ParseCredentialReport(data)
		if err != nil || len(rows) != 5000 {
			b.Fatal(err, len(rows))
		}
		for _, r := range rows {
			checkKeyRotation("r.csv", r, o)
			checkKeyUnused("r.csv", r, o)
			checkUserUnused("r.csv", r, o)
			checkConsoleMFA("r.csv", r, o)
		}
	}
}
