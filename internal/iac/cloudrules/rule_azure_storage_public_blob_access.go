package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleAzureStoragePublicBlobAccess = newRule("config/azure-storage-public-blob-access", finding.High,
	"Azure storage account allows public blob access",
	"Containers in the account may be made public: allow_nested_items_to_be_public is true (the provider default when it is not set) or allow_blob_public_access is true.",
	"Set allow_nested_items_to_be_public = false.")

func checkAzureStoragePublicBlobAccess() *Check {
	return attrCheck(ruleAzureStoragePublicBlobAccess,
		expect{Types: []string{"azurerm_storage_account"}, Path: []string{"allow_nested_items_to_be_public"}, Bad: isTrue,
			Message: "allow_nested_items_to_be_public = %s: a container can be opened to anonymous readers",
			Missing: defaultNote("allow_nested_items_to_be_public", "true", "a container can be opened to anonymous readers"),
			Skip: func(c *Context, r *resource.Resource) bool {
				return hasAttr(r, "allow_blob_public_access") && r.Get("allow_nested_items_to_be_public") == nil
			}},
		expect{Types: []string{"azurerm_storage_account"}, Path: []string{"allow_blob_public_access"}, Bad: isTrue,
			Message: "allow_blob_public_access = %s: a container can be opened to anonymous readers"},
	)
}
