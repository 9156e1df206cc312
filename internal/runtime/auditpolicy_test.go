package runtime

import "testing"

func TestAuditPolicyGaps(t *testing.T) {
	secrets := []GroupResources{{Group: "", Resources: []string{"secrets"}}}
	for _, c := range []struct {
		name                string
		rules               []AuditRule
		nothing, unrecorded bool
		bodies              int
	}{
		{"no rules", nil, true, false, 0},
		{"level missing", []AuditRule{{Reads: true}}, true, false, 0},
		{"catch-all metadata", []AuditRule{{Level: levelMetadata, Reads: true}}, false, false, 0},
		{"non-resource only", []AuditRule{{Level: levelRequest, Reads: true, NonResource: true}}, false, true, 0},
		{"named secrets are not all secrets", []AuditRule{
			{Level: levelNone, Reads: true, Resources: []GroupResources{{Resources: []string{"secrets"}, Named: true}}},
			{Level: levelMetadata, Reads: true}}, false, false, 0},
		{"other group's secrets", []AuditRule{
			{Level: levelNone, Reads: true, Resources: []GroupResources{{Group: "example.com", Resources: []string{"secrets"}}}},
			{Level: levelMetadata, Reads: true, Resources: secrets}}, false, false, 0},
		{"restricted none then metadata", []AuditRule{
			{Level: levelNone, Reads: true, Restricted: true, Resources: secrets},
			{Level: levelMetadata, Reads: true}}, false, false, 0},
		{"dropped", []AuditRule{{Level: levelNone, Reads: true, Resources: secrets}, {Level: levelMetadata, Reads: true}}, false, true, 0},
		{"bodies before metadata", []AuditRule{
			{Level: levelRequest, Reads: true, Restricted: true},
			{Level: levelMetadata, Reads: true, Resources: secrets},
			{Level: levelRequestResponse, Reads: true}}, false, false, 1},
		{"subresource bodies", []AuditRule{
			{Level: levelRequestResponse, Reads: true, Resources: []GroupResources{{Resources: []string{"secrets/status"}}}},
			{Level: levelMetadata, Reads: true}}, false, false, 1},
	} {
		g := AuditPolicyGaps(c.rules)
		if g.RecordsNothing != c.nothing || g.SecretsUnrecorded != c.unrecorded || len(g.SecretBodies) != c.bodies {
			t.Errorf("%s: got %+v, want nothing %v, unrecorded %v, %d bodies", c.name, g, c.nothing, c.unrecorded, c.bodies)
		}
	}
}
