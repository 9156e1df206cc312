package iampolicy

import (
	"errors"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"gopkg.in/yaml.v3"
)

func TestFromJSONPositions(t *testing.T) {
	src := "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\",\n     \"Action\": [\"s3:GetObject\",\n                \"iam:PassRole\"],\n     \"Resource\": \"*\"}\n  ]\n}\n"
	p, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	st := p.Statements[0]
	if st.Pos != (Pos{Line: 4, Col: 5}) || st.EffectPos.Line != 4 {
		t.Errorf("statement at %+v, effect at %+v", st.Pos, st.EffectPos)
	}
	if a := st.Actions[1]; a.Text != "iam:PassRole" || a.Pos != (Pos{Line: 6, Col: 17}) {
		t.Errorf("second action = %+v", a)
	}
	if st.ActionPos.Line != 5 || st.ResourcePos.Line != 7 {
		t.Errorf("element lines: action %d resource %d", st.ActionPos.Line, st.ResourcePos.Line)
	}
}

func TestParseRejectsInvalidPolicies(t *testing.T) {
	for _, c := range []struct {
		src, msg string
		line     int
	}{
		{`{"Statement": [{"Effect": "allow", "Action": "*", "Resource": "*"}]}`, `Effect must be "Allow" or "Deny"`, 1},
		{"{\"Statement\": [\n{\"Effect\": \"Allow\", \"Resource\": \"*\"}]}", "no Action", 2},
		{`{"Statement": [{"Effect": "Allow", "Action": "*", "NotAction": "iam:*", "Resource": "*"}]}`, "both Action and NotAction", 1},
		{`{"Statement": [{"Effect": "Allow", "Action": 5, "Resource": "*"}]}`, "must hold strings", 1},
		{`{"Statement": [{"Effect": "Allow", "Action": "*", "Principal": "arn:aws:iam::1:root"}]}`, "Principal string", 1},
		{`{"Statement": "x"}`, "object or a list", 1},
		{`{"Version": "2012-10-17"}`, "no Statement", 1},
		{`[]`, "JSON object", 1},
	} {
		_, err := Parse([]byte(c.src))
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.Contains(pe.Msg, c.msg) || pe.Pos.Line != c.line {
			t.Errorf("Parse(%s) = %v, want line %d %q", c.src, err, c.line, c.msg)
		}
	}
}

func TestFromYAML(t *testing.T) {
	src := `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: sts:AssumeRole
      Principal:
        AWS: !Sub "arn:aws:iam::${Partner}:root"
    - Effect: Allow
      Action: [s3:GetObject]
      Resource:
        Fn::Join: ["", ["arn:aws:s3:::", !Ref Bucket, "/*"]]
`
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	n := jsontree.FromYAML(&doc).Get("PolicyDocument")
	p, err := FromNode(n)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Statements) != 2 || p.Statements[1].Pos.Line != 8 {
		t.Fatalf("statements = %+v", p.Statements)
	}
	aws := p.Statements[0].Principal.Of("AWS")
	if len(aws) != 1 || !aws[0].Value.Unresolved || aws[0].Value.Pos.Line != 7 {
		t.Errorf("!Sub principal = %+v", aws)
	}
	if r := p.Statements[1].Resources; len(r) != 1 || !r[0].Unresolved || p.Statements[1].AllResources() {
		t.Errorf("Fn::Join resource = %+v", r)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","NotResource":["arn:aws:s3:::x"],"Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}`))
	f.Add([]byte(`{"Statement":{"Effect":"Deny","Principal":{"AWS":["*"]},"Action":"s3:*"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			return
		}
		s := NewSet(p)
		s.Grant("iam:PassRole")
		s.Decide("s3:GetObject", "arn:aws:s3:::b/k")
	})
}
