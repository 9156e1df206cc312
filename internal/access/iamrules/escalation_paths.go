package iamrules

// Path is one known way to turn a set of IAM permissions into more privileges. Each step lists
// alternative actions; the path holds when every step is allowed.
type Path struct {
	// ID is stable: it is part of the finding's subject.
	ID    string
	Steps [][]string
	// How says what the holder does with the chain.
	How string
	// OthersOnly marks paths that act on other users: a grant limited to the holder's own user
	// (a resource with ${aws:username}) does not escalate.
	OthersOnly bool
	// PassTo lists the service principals the path passes a role to: an iam:PassRole grant whose
	// iam:PassedToService condition names none of them does not serve the path.
	PassTo []string
}

// Paths are the privilege-escalation paths the rule knows, after Rhino Security Labs' catalogue of
// AWS IAM escalation methods and later public research.
var Paths = []Path{
	{ID: "create-policy-version", Steps: [][]string{{"iam:CreatePolicyVersion"}},
		How: "write a new default version of a managed policy attached to itself that allows everything"},
	{ID: "set-default-policy-version", Steps: [][]string{{"iam:SetDefaultPolicyVersion"}},
		How: "switch a managed policy attached to itself to an older, more permissive version"},
	{ID: "create-access-key", Steps: [][]string{{"iam:CreateAccessKey"}}, OthersOnly: true,
		How: "create an access key for a more privileged user and act as that user"},
	{ID: "create-login-profile", Steps: [][]string{{"iam:CreateLoginProfile"}}, OthersOnly: true,
		How: "set a console password for a more privileged user that has none and sign in as them"},
	{ID: "update-login-profile", Steps: [][]string{{"iam:UpdateLoginProfile"}}, OthersOnly: true,
		How: "change the console password of a more privileged user and sign in as them"},
	{ID: "attach-user-policy", Steps: [][]string{{"iam:AttachUserPolicy"}},
		How: "attach AdministratorAccess to its own user"},
	{ID: "attach-group-policy", Steps: [][]string{{"iam:AttachGroupPolicy"}},
		How: "attach AdministratorAccess to a group it belongs to"},
	{ID: "attach-role-policy", Steps: [][]string{{"iam:AttachRolePolicy"}},
		How: "attach AdministratorAccess to a role it holds or can assume"},
	{ID: "put-user-policy", Steps: [][]string{{"iam:PutUserPolicy"}},
		How: "write an inline policy that allows everything on its own user"},
	{ID: "put-group-policy", Steps: [][]string{{"iam:PutGroupPolicy"}},
		How: "write an inline policy that allows everything on a group it belongs to"},
	{ID: "put-role-policy", Steps: [][]string{{"iam:PutRolePolicy"}},
		How: "write an inline policy that allows everything on a role it holds or can assume"},
	{ID: "add-user-to-group", Steps: [][]string{{"iam:AddUserToGroup"}},
		How: "add its own user to an administrators group"},
	{ID: "update-assume-role-policy", Steps: [][]string{{"iam:UpdateAssumeRolePolicy"}, {"sts:AssumeRole"}},
		How: "rewrite a privileged role's trust policy to trust itself, then assume the role"},
	{ID: "passrole-ec2", PassTo: []string{"ec2.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"ec2:RunInstances"}},
		How: "start an EC2 instance with a more privileged instance profile and use its credentials"},
	{ID: "passrole-lambda-invoke", PassTo: []string{"lambda.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"lambda:CreateFunction"}, {"lambda:InvokeFunction", "lambda:CreateFunctionUrlConfig"}},
		How: "create a Lambda function with a more privileged role and invoke it"},
	{ID: "passrole-lambda-event-source", PassTo: []string{"lambda.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"lambda:CreateFunction"}, {"lambda:CreateEventSourceMapping"}},
		How: "create a Lambda function with a more privileged role and trigger it from a queue or stream"},
	{ID: "update-lambda-code", Steps: [][]string{{"lambda:UpdateFunctionCode"}},
		How: "replace the code of an existing function and run with that function's role"},
	{ID: "passrole-glue-dev-endpoint", PassTo: []string{"glue.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"glue:CreateDevEndpoint"}},
		How: "create a Glue development endpoint with a more privileged role and log in to it"},
	{ID: "update-glue-dev-endpoint", Steps: [][]string{{"glue:UpdateDevEndpoint"}},
		How: "add its SSH key to an existing Glue development endpoint and use that endpoint's role"},
	{ID: "passrole-glue-job", PassTo: []string{"glue.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"glue:CreateJob", "glue:UpdateJob"}, {"glue:StartJobRun", "glue:CreateTrigger"}},
		How: "run a Glue job with a more privileged role"},
	{ID: "passrole-cloudformation", PassTo: []string{"cloudformation.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"cloudformation:CreateStack", "cloudformation:UpdateStack", "cloudformation:CreateStackSet"}},
		How: "deploy a stack whose service role creates whatever the holder asks for"},
	{ID: "passrole-datapipeline", PassTo: []string{"datapipeline.amazonaws.com", "elasticmapreduce.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"datapipeline:CreatePipeline"}, {"datapipeline:PutPipelineDefinition"}, {"datapipeline:ActivatePipeline"}},
		How: "run a Data Pipeline whose activities execute commands with a more privileged role"},
	{ID: "passrole-sagemaker-notebook", PassTo: []string{"sagemaker.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"sagemaker:CreateNotebookInstance"}, {"sagemaker:CreatePresignedNotebookInstanceUrl"}},
		How: "create a SageMaker notebook with a more privileged role and open it"},
	{ID: "sagemaker-notebook-access", Steps: [][]string{{"sagemaker:CreatePresignedNotebookInstanceUrl"}},
		How: "open an existing SageMaker notebook and run code with its role"},
	{ID: "passrole-sagemaker-job", PassTo: []string{"sagemaker.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"}},
		How: "run a SageMaker job whose container uses a more privileged role"},
	{ID: "passrole-codebuild", PassTo: []string{"codebuild.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"codebuild:CreateProject"}, {"codebuild:StartBuild", "codebuild:StartBuildBatch"}},
		How: "create a CodeBuild project with a more privileged service role and run a build"},
	{ID: "update-codebuild-project", Steps: [][]string{{"codebuild:UpdateProject"}, {"codebuild:StartBuild", "codebuild:StartBuildBatch"}},
		How: "change the build commands of an existing project and run them with its service role"},
	{ID: "passrole-ecs", PassTo: []string{"ecs-tasks.amazonaws.com"}, Steps: [][]string{{"iam:PassRole"}, {"ecs:RegisterTaskDefinition"}, {"ecs:RunTask", "ecs:StartTask", "ecs:CreateService", "ecs:UpdateService"}},
		How: "run an ECS task whose task role is more privileged"},
	{ID: "ssm-instance-access", Steps: [][]string{{"ssm:SendCommand", "ssm:StartSession"}},
		How: "run commands on EC2 instances and use their instance roles"},
}
