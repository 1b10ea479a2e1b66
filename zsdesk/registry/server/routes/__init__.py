"""One APIRouter per area; `app.ROUTERS` lists them."""
