package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleAzureStorageContainerPublic = newRule("config/azure-storage-container-public", finding.High,
	"Azure storage container is public",
	"container_access_type blob or container lets anyone read the blobs (and with container, list them).",
	"Use container_access_type = \"private\" and share with SAS tokens or Entra ID.")

func checkAzureStorageContainerPublic() *Check {
	return attrCheck(ruleAzureStorageContainerPublic,
		expect{Types: []string{"azurerm_storage_container"}, Path: []string{"container_access_type"}, Bad: oneOf("blob", "container"),
			Message: "container_access_type = %s: anyone can read the blobs"},
	)
}
