package limits

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckBrackets(t *testing.T) {
	ok := `a = { b = [1, 2, "}}}}{{{{"] } # {{{{{{`
	if err := CheckBrackets([]byte(ok)); err != nil {
		t.Fatalf("balanced input: %v", err)
	}
	deep := "x = 1\n" + strings.Repeat("[", MaxDepth+1)
	var de *DepthError
	if err := CheckBrackets([]byte(deep)); !errors.As(err, &de) || de.Line != 2 {
		t.Fatalf("deep input: %v", err)
	}
	inString := `s = "` + strings.Repeat("[", MaxDepth+5) + `"`
	if err := CheckBrackets([]byte(inString)); err != nil {
		t.Fatalf("brackets in a string count: %v", err)
	}
}
