"""ORM models, one module per area. `db.import_all_models()` imports every module here, so a new
area only has to add its module."""
