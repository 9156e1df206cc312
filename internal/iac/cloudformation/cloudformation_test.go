package cloudformation

import (
	"strings"
	"testing"
)

const tmpl = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: prod
  Cidr:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
Mappings:
  Sizes:
    prod: {Encrypt: true}
Resources:
  Logs:
    Type: AWS::S3::Bucket
  Data:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Sub "${Env}-data-${AWS::AccountId}"
      Label: !Sub "${Env}-data"
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
      Acl: !If [IsProd, Private, PublicRead]
      Encrypted: !FindInMap [Sizes, !Ref Env, Encrypt]
      Gone: !If [IsDev, x, !Ref AWS::NoValue]
      Arn: !GetAtt Logs.Arn
      Joined: !Join ["-", [a, !Ref Env]]
      Open: !Ref Cidr
  DevOnly:
    Type: AWS::S3::Bucket
    Condition: IsDev
`

func TestParseYAML(t *testing.T) {
	rs, err := Parse("stack.yaml", []byte(tmpl))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 {
		t.Fatalf("resources = %d (DevOnly must be dropped)", len(rs))
	}
	d := rs[1]
	if d.Address != "Data" || d.Range.StartLine != 17 || d.Meta["DeletionPolicy"].Str != "Retain" {
		t.Errorf("resource %+v", d)
	}
	check := func(key, want string) {
		t.Helper()
		if got, _ := d.Get(key).AsString(); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	check("Label", "prod-data")
	check("Acl", "Private")
	check("Encrypted", "true")
	check("Joined", "a-prod")
	if v := d.Get("BucketName"); !v.IsUnknown() {
		t.Errorf("pseudo parameter must stay unknown: %+v", v)
	}
	if v := d.Get("LoggingConfiguration", "DestinationBucketName"); !v.IsUnknown() || v.Refs[0] != "Logs" || v.Range.StartLine != 24 {
		t.Errorf("ref = %+v", v)
	}
	if d.Get("Gone") != nil {
		t.Error("AWS::NoValue must leave the key out")
	}
	if v := d.Get("Arn"); v.Refs[0] != "Logs" {
		t.Errorf("GetAtt refs %v", v.Refs)
	}
	if !d.Get("Open").IsUnknown() {
		t.Error("parameter without default is unknown")
	}
}

func TestParseJSONWithTabs(t *testing.T) {
	src := "{\n\t\"Resources\": {\n\t\t\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": {\"Fn::Join\": [\"\", [\"a\", {\"Ref\": \"AWS::NoValue\"}]]}}}\n\t}\n}\n"
	rs, err := Parse("t.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := rs[0].Get("BucketName").AsString(); got != "a" || rs[0].Range.StartLine != 3 {
		t.Errorf("json: %q line %d", got, rs[0].Range.StartLine)
	}
}

func TestParseErrors(t *testing.T) {
	for name, src := range map[string]string{
		"bad yaml":  "Resources:\n  A:\n    Type: [unclosed\n",
		"no type":   "Resources:\n  A:\n    Properties: {}\n",
		"deep":      "Resources:\n  A:\n    Type: X\n    Properties:\n      P: " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n",
		"not a map": "- a\n- b\n",
		"resources": "Resources: [1]\n",
	} {
		if _, err := Parse("t.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
