package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleRdsStorageUnencrypted = newRule("config/rds-storage-unencrypted", finding.High,
	"Database storage is not encrypted",
	"The RDS instance or cluster does not encrypt its storage, automated backups, read replicas and snapshots. Encryption cannot be turned on later without a snapshot-and-restore migration.",
	"Set storage_encrypted = true (StorageEncrypted: true), ideally with a customer-managed kms_key_id.")

func checkRdsStorageUnencrypted() *Check {
	return attrCheck(ruleRdsStorageUnencrypted,
		expect{Types: []string{"aws_db_instance"}, Path: []string{"storage_encrypted"}, Bad: isFalse,
			Message: "storage_encrypted = %s: storage, backups and snapshots are not encrypted",
			Missing: defaultNote("storage_encrypted", "false", "storage, backups and snapshots are not encrypted"),
			Skip:    inheritsStorage},
		expect{Types: []string{"aws_rds_cluster"}, Path: []string{"storage_encrypted"}, Bad: isFalse,
			Message: "storage_encrypted = %s: storage, backups and snapshots are not encrypted",
			Missing: defaultNote("storage_encrypted", "false", "storage, backups and snapshots are not encrypted"),
			Skip:    inheritsStorage},
		expect{Types: []string{"AWS::RDS::DBInstance"}, Path: []string{"StorageEncrypted"}, Bad: isFalse,
			Message: "StorageEncrypted: %s: storage, backups and snapshots are not encrypted",
			Missing: defaultNote("StorageEncrypted", "false", "storage, backups and snapshots are not encrypted"),
			Skip:    inheritsStorage},
		expect{Types: []string{"AWS::RDS::DBCluster"}, Path: []string{"StorageEncrypted"}, Bad: isFalse,
			Message: "StorageEncrypted: %s: storage, backups and snapshots are not encrypted",
			Missing: defaultNote("StorageEncrypted", "false", "storage, backups and snapshots are not encrypted"),
			Skip:    inheritsStorage},
	)
}
