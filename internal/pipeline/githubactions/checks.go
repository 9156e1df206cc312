package githubactions

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/pipeline/jobrules"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Checks lists the GitHub Actions rules, in one place.
func Checks() []Check {
	return []Check{
		{scriptInjection, checkScriptInjection},
		{githubScriptInjection, checkGitHubScriptInjection},
		{stepOutputInjection, checkStepOutputInjection},
		{actionInputInjection, checkActionInputInjection},
		{githubEnvInjection, checkGitHubEnvInjection},
		{privilegedCheckout, checkPrivilegedCheckout},
		{privilegedPRCode, checkPrivilegedPRCode},
		{secretsUntrustedCode, checkSecretsUntrustedCode},
		{commentAuthorCheck, checkCommentAuthorCheck},
		{secretsInherit, checkSecretsInherit},
		{toJSONSecrets, checkToJSONSecrets},
		{missingPermissions, checkMissingPermissions},
		{writeAll, checkWriteAll},
		{unusedWriteScope, checkUnusedWriteScope},
		{idTokenUnneeded, checkIDTokenUnneeded},
		{persistCredentials, checkPersistCredentials},
		{actionNotPinned, checkActionNotPinned},
		{firstPartyNotPinned, checkFirstPartyNotPinned},
		{reusableNotPinned, checkReusableNotPinned},
		{PinComment, checkPinCommentForm},
		{cachePoisoning, checkCachePoisoning},
		{artifactExec, checkArtifactExec},
		{insecureCommands, checkInsecureCommands},
		{botCondition, checkBotCondition},
		{selfHostedPR, checkSelfHostedPR},
		{selfHostedWorkspace, checkSelfHostedWorkspace},
		{expressionSyntax, checkExpressionSyntax},
	}
}

// Rules lists the metadata of the GitHub Actions rules, including the Dependabot ones.
func Rules() []*rule.Rule {
	var out []*rule.Rule
	for _, c := range Checks() {
		out = append(out, c.Rule)
	}
	return append(out, KnownVulnerableAction, DependabotInsecureExec, DependabotActionsMissing)
}

// Analyze runs every GitHub Actions rule and the job-model rules over a parsed workflow or action,
// reporting structural problems as pipeline/config-invalid. It returns the job model.
func Analyze(w *Workflow, report func(finding.Finding)) *cimodel.Pipeline {
	for _, p := range w.Problems {
		report(jobrules.ConfigInvalid.Finding(finding.Location{Path: w.Path, StartLine: p.Line, StartColumn: p.Col}, p.Key+": "+p.Msg, p.Msg))
	}
	c := NewContext(w, report)
	for _, ch := range Checks() {
		ch.Run(c)
	}
	m := Model(w)
	jobrules.Run(m, report)
	return m
}
