"""Wire models of the registry protocol: the one source of truth for client and server.

Each area has its own module; this package re-exports them all so callers write
``from zsdesk.registry.schemas import Problem, LoginRequest``. A new area module adds one
star-import line below (each module lists its public names in ``__all__``).
"""

from zsdesk.registry.schemas.accounts import *  # noqa: F403
from zsdesk.registry.schemas.center import *  # noqa: F403
from zsdesk.registry.schemas.changes import *  # noqa: F403
from zsdesk.registry.schemas.common import *  # noqa: F403
from zsdesk.registry.schemas.contracts import *  # noqa: F403
from zsdesk.registry.schemas.enterprise import *  # noqa: F403
from zsdesk.registry.schemas.materials import *  # noqa: F403
from zsdesk.registry.schemas.properties import *  # noqa: F403
from zsdesk.registry.schemas.staff import *  # noqa: F403
