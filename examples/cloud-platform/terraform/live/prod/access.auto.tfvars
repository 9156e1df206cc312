# Temporary: opened for the migration weekend.
admin_cidrs = ["0.0.0.0/0"]
